package scot.qiassist.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evidence.Statement;
import scot.qiassist.grade.CriterionResult;

/**
 * A result written for people, as plain text for a terminal or as Markdown for a document: the
 * grade with why and why not, key messages by statement with the evidence behind each, areas for
 * improvement, boundary warnings, the draft grade, and every rule that fired.
 */
public final class ReadableReport {

  private final boolean markdown;
  private final StringBuilder out = new StringBuilder();

  private ReadableReport(boolean markdown) {
    this.markdown = markdown;
  }

  public static String text(Evaluation e) {
    return new ReadableReport(false).write(e);
  }

  public static String markdown(Evaluation e) {
    return new ReadableReport(true).write(e);
  }

  private String write(Evaluation e) {
    heading(1, "QI Assist evaluation: " + e.partnership());
    line(
        "Quality indicator 2.1, impact on children and young people: "
            + strong(
                e.graded()
                    ? e.grade().label() + " (" + e.grade().value() + ")"
                    : Evaluation.NOT_GRADED));
    line("Ruleset version " + e.rulesetVersion() + ".");
    blank();
    grade(e);
    draft(e);
    keyMessages(e);
    areas(e);
    warnings(e);
    heading(2, "Balance");
    line(e.balance().summary() + ".");
    blank();
    fired(e.firedRules());
    return out.toString();
  }

  private void grade(Evaluation e) {
    if (!e.graded()) {
      heading(2, "Not graded");
      line(e.why().summary());
      blank();
      line("What the evidence lacks, and what would fill it:");
      e.insufficient().forEach(g -> bullet(g.missing() + " To fill it: " + g.toFill()));
      blank();
      return;
    }
    heading(2, "Why " + e.grade().label());
    if (!e.why().notHigher().isEmpty()) {
      line("Not higher, because these criteria of the grade above do not hold:");
      e.why().notHigher().forEach(this::criterion);
      blank();
    }
    if (!e.why().notLower().isEmpty()) {
      line("Not lower, because every criterion of " + e.grade().label() + " holds:");
      e.why().notLower().forEach(this::criterion);
      blank();
    } else {
      line("Unsatisfactory is the lowest grade: the criteria of Weak do not all hold.");
      blank();
    }
  }

  private void criterion(CriterionResult c) {
    bullet(c.explanation() + " " + where(c.ruleId(), c.file(), c.line()));
  }

  private void draft(Evaluation e) {
    if (e.draftGrade() == null) {
      return;
    }
    heading(2, "Draft grade: " + e.draftGrade().label() + " (" + e.draftGrade().verdict() + ")");
    line(e.draftGrade().explanation());
    if (!"agree".equals(e.draftGrade().verdict())) {
      e.draftGrade().reasons().forEach(this::criterion);
    }
    blank();
  }

  private void keyMessages(Evaluation e) {
    heading(2, "Key messages");
    Map<Integer, List<Judgement>> byStatement =
        e.keyMessages().stream()
            .collect(
                Collectors.groupingBy(Judgement::statement, TreeMap::new, Collectors.toList()));
    for (int s = 1; s <= 4; s++) {
      heading(3, "Statement " + s + ": " + Statement.title(s));
      List<Judgement> messages = byStatement.getOrDefault(s, List.of());
      if (messages.isEmpty()) {
        line("No key message: no rule found one in the evidence for this statement.");
      }
      messages.forEach(this::judgement);
      blank();
    }
  }

  private void judgement(Judgement j) {
    bullet(j.text() + " (" + j.weight() + " " + j.kind().replace('-', ' ') + ")");
    for (String evidence : j.evidence()) {
      sub("evidence: " + evidence);
    }
    sub("rule: " + j.rule() + " " + where(j.ruleId(), j.file(), j.line()));
  }

  private void areas(Evaluation e) {
    List<Judgement> areas =
        e.judgements().stream().filter(j -> j.kind().equals("area-for-improvement")).toList();
    heading(2, "Areas for improvement (" + areas.size() + ")");
    if (areas.isEmpty()) {
      line("None.");
    }
    areas.forEach(
        a ->
            bullet(
                "Statement "
                    + a.statement()
                    + ", "
                    + a.weight()
                    + ": "
                    + a.text()
                    + " "
                    + where(a.ruleId(), a.file(), a.line())));
    blank();
  }

  private void warnings(Evaluation e) {
    heading(2, "Boundary warnings (" + e.warnings().size() + ")");
    if (e.warnings().isEmpty()) {
      line("None: every figure falls wholly within one standard word's band.");
    }
    e.warnings().forEach(w -> bullet(w.message()));
    blank();
  }

  private void fired(List<FiredRule> fired) {
    heading(2, "Every rule that fired (" + fired.size() + ")");
    for (FiredRule f : fired) {
      bullet(f.name() + " " + where(f.ruleId(), f.file(), f.line()));
      if (f.explanation() != null && !f.explanation().isBlank()) {
        sub(f.explanation());
      }
    }
  }

  private String where(String id, String file, int line) {
    String w = "[" + id + ", " + file + " line " + line + "]";
    return markdown ? "`" + w + "`" : w;
  }

  private String strong(String s) {
    return markdown ? "**" + s + "**" : s;
  }

  private void heading(int level, String text) {
    if (markdown) {
      out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    } else {
      out.append(text).append('\n');
      if (level < 3) {
        out.append((level == 1 ? "=" : "-").repeat(Math.min(text.length(), 100))).append('\n');
      }
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void bullet(String text) {
    out.append(markdown ? "- " : "  - ").append(text).append('\n');
  }

  private void sub(String text) {
    out.append(markdown ? "  - " : "      ").append(text).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
