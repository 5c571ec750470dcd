package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.reload.VersionCheck;
import scot.qiassist.versions.FileDiff;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/**
 * The page of one version, {@code /rules/versions/{id}} (template {@code rules/version.jte}): its
 * latest check (the check's problems, each example against its expected outcome, with a form to
 * accept the new outcomes where the change is meant, and the impact against its parent, each
 * evaluation linked), the text diff of each file changed against its parent, its files to change,
 * and the way to put it in service.
 */
public final class RuleVersionPage {

  private RuleVersionPage() {}

  /**
   * The page's facts.
   *
   * @param about what it is based on, where it came from, its latest check
   * @param problems the problems its latest check found in the files, or empty
   * @param examples each example against its expected outcome, or null when not checked
   * @param impact what changes against the version it is based on, or null
   * @param diffs each file changed against its parent, or null for a version without a parent
   */
  public record View(
      PageContext context,
      String version,
      String href,
      RulePages.Status status,
      boolean inService,
      List<Row> about,
      Activation activation,
      List<String> problems,
      Examples examples,
      Impact impact,
      List<Diff> diffs,
      List<FileLink> files) {}

  /** A row of the summary list. */
  public record Row(String key, String value) {}

  /**
   * How it may be put in service: it is in service, or a button leads to it, or a sentence says why
   * it may not be.
   */
  public record Activation(boolean inService, String button, String note) {}

  /**
   * The examples' outcomes.
   *
   * @param accept the examples whose new outcomes may be accepted, or empty for no form
   */
  public record Examples(String summary, List<ExampleRow> rows, List<Accept> accept) {}

  /**
   * An example against its expected outcome.
   *
   * @param passed what the check says of an example that gives its expected outcome, or null
   * @param differences how it differs, for an example that does not
   */
  public record ExampleRow(
      String example, String expected, String now, String passed, List<String> differences) {}

  /** A checkbox to accept an example's new outcome. */
  public record Accept(String id, String example, String label) {}

  /**
   * The impact against the version it is based on.
   *
   * @param changes each evaluation or example whose grade or key messages change
   */
  public record Impact(String from, String summary, List<ImpactRow> changes) {}

  /**
   * An evaluation or example whose grade or key messages change.
   *
   * @param href the stored evaluation's report, or null for an example
   * @param notes its problem, and the key messages gained and lost
   */
  public record ImpactRow(
      String name, String href, String before, String after, List<String> notes) {}

  /** A file changed against the parent, as a unified diff. */
  public record Diff(String path, String change, List<DiffLine> lines) {}

  /** A line of a diff, with its kind: hunk, added, removed or the same. */
  public record DiffLine(String kind, String text) {}

  /** A file of the version, linking to its editor. */
  public record FileLink(String path, String href) {}

  /**
   * @param diffs each file changed against its parent (empty without a parent)
   */
  public static String render(PageContext context, VersionDetail detail, List<FileDiff> diffs) {
    VersionEntry v = detail.entry();
    VersionCheck check = detail.check();
    String href = RulePages.version(v.version());
    return PageTemplates.render(
        "rules/version.jte",
        new View(
            context,
            v.version(),
            href,
            RulePages.status(v.status()),
            v.inService(),
            about(v, check),
            activation(v),
            check == null
                ? List.of()
                : check.check().errors().stream().map(Object::toString).toList(),
            check == null ? null : examples(v, check),
            check == null || check.impact() == null ? null : impact(check.impact()),
            v.parent() == null ? null : diffs.stream().map(RuleVersionPage::diff).toList(),
            detail.files().keySet().stream()
                .map(path -> new FileLink(path, href + "/edit?file=" + UrlPaths.segment(path)))
                .toList()));
  }

  private static List<Row> about(VersionEntry v, VersionCheck check) {
    return List.of(
        new Row("Based on", v.parent() == null ? "nothing: the first version" : v.parent()),
        new Row(
            "From",
            (v.origin().equals("candidate") ? "a candidate" : "the rules directory")
                + (v.createdBy() == null ? "" : ", " + v.createdBy())
                + ", "
                + RulePages.when(v.createdAt())),
        new Row(
            "Latest check",
            check == null
                ? "never checked: it is checked before it is put in service"
                : check.status() + ", " + RulePages.when(check.at()) + ", by " + check.by()));
  }

  private static Activation activation(VersionEntry v) {
    if (v.inService()) {
      return new Activation(true, null, null);
    }
    if (v.status().equals("passed") || v.status().equals("unchecked")) {
      return new Activation(
          false,
          v.activations().isEmpty() ? "Put this version in service" : "Roll back to this version",
          null);
    }
    return new Activation(
        false,
        null,
        v.status().equals("refused")
            ? "This version was refused: it is never compiled or put in service. Change the file"
                + " named below and save it again."
            : "This version cannot be put in service until its check passes: fix the problems"
                + " below, or accept the new outcomes of the examples where the change is meant.");
  }

  private static Examples examples(VersionEntry v, VersionCheck check) {
    if (check.examples().isEmpty()) {
      return null;
    }
    List<VersionCheck.ExampleCheck> differing =
        check.examples().stream().filter(e -> !e.passed()).toList();
    List<Accept> accept = new ArrayList<>();
    if (v.parent() != null) {
      for (int i = 0; i < differing.size(); i++) {
        VersionCheck.ExampleCheck e = differing.get(i);
        accept.add(
            new Accept("accept-" + i, e.example(), e.example() + ": now " + orDash(e.grade())));
      }
    }
    return new Examples(
        differing.isEmpty()
            ? "Every example gives the outcome expected of it."
            : differing.size()
                + " of "
                + check.examples().size()
                + " examples differ from the outcome expected of them. If the change is meant to"
                + " move them, accept their new outcomes below; otherwise change the files again.",
        check.examples().stream().map(RuleVersionPage::example).toList(),
        accept);
  }

  private static ExampleRow example(VersionCheck.ExampleCheck e) {
    List<String> differences = new ArrayList<>();
    if (!e.passed()) {
      if (e.problem() != null) {
        differences.add(e.problem());
      }
      differences.addAll(e.differences());
    }
    return new ExampleRow(
        e.example(),
        orDash(e.expectedGrade()),
        orDash(e.grade()),
        e.passed() ? (e.accepted() ? "as expected (outcome accepted)" : "as expected") : null,
        differences);
  }

  private static Impact impact(VersionCheck.ImpactTable impact) {
    return new Impact(
        orDash(impact.fromVersion()),
        "Over "
            + impact.examples()
            + " examples and "
            + impact.evaluations()
            + " stored evaluations: grades up "
            + impact.gradesUp()
            + ", grades down "
            + impact.gradesDown()
            + ", key messages gained "
            + impact.keyMessagesGained()
            + ", lost "
            + impact.keyMessagesLost()
            + ".",
        impact.changes().stream().map(RuleVersionPage::change).toList());
  }

  private static ImpactRow change(VersionCheck.ImpactRow r) {
    List<String> notes = new ArrayList<>();
    if (r.problem() != null) {
      notes.add(r.problem());
    }
    r.keyMessagesGained().forEach(k -> notes.add("gained: " + k));
    r.keyMessagesLost().forEach(k -> notes.add("lost: " + k));
    return r.evaluation() != null
        ? new ImpactRow(
            r.name(),
            "/evaluations/" + UrlPaths.segment(r.evaluation()),
            orDash(r.gradeBefore()),
            orDash(r.gradeAfter()),
            notes)
        : new ImpactRow(
            r.name() + " (example)", null, orDash(r.gradeBefore()), orDash(r.gradeAfter()), notes);
  }

  private static Diff diff(FileDiff d) {
    return new Diff(
        d.path(),
        d.change(),
        d.lines().stream()
            .map(
                line ->
                    new DiffLine(
                        line.startsWith("@@")
                            ? "qi-diff__hunk"
                            : line.startsWith("+")
                                ? "qi-diff__added"
                                : line.startsWith("-") ? "qi-diff__removed" : "qi-diff__same",
                        line))
            .toList());
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
