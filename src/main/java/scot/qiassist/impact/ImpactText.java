package scot.qiassist.impact;

/** An impact report for people: plain text for a terminal, or Markdown for a change request. */
public final class ImpactText {

  private ImpactText() {}

  public static String render(ImpactReport report, boolean markdown) {
    StringBuilder out = new StringBuilder();
    String bullet = markdown ? "- " : "  - ";
    out.append(
        markdown
            ? "# Impact of a rule change\n\n"
            : "Impact of a rule change\n=======================\n");
    out.append("Rules ")
        .append(code(report.fromVersion(), markdown))
        .append(" to ")
        .append(code(report.toVersion(), markdown))
        .append(", over ")
        .append(report.files().size())
        .append(" evidence files.\n\n");
    out.append(markdown ? "## Summary\n\n" : "Summary\n-------\n");
    out.append(bullet).append("grades up: ").append(report.gradesUp()).append('\n');
    out.append(bullet).append("grades down: ").append(report.gradesDown()).append('\n');
    out.append(bullet)
        .append("same grade, other changes: ")
        .append(
            report.files().size()
                - report.gradesUp()
                - report.gradesDown()
                - report.unchanged()
                - report.problems())
        .append('\n');
    out.append(bullet).append("no change at all: ").append(report.unchanged()).append('\n');
    out.append(bullet)
        .append("key messages gained: ")
        .append(report.keyMessagesGained())
        .append('\n');
    out.append(bullet).append("key messages lost: ").append(report.keyMessagesLost()).append('\n');
    if (report.problems() > 0) {
      out.append(bullet)
          .append("files that could not be evaluated: ")
          .append(report.problems())
          .append('\n');
    }
    out.append(markdown ? "\n## By file\n\n" : "\nBy file\n-------\n");
    for (ImpactReport.FileImpact f : report.files()) {
      out.append(markdown ? "### " + f.file() + "\n\n" : f.file() + "\n");
      if (f.problem() != null) {
        out.append(bullet).append(f.problem().replace("\n", " ")).append('\n');
      } else if (f.difference().isEmpty()) {
        out.append(bullet)
            .append("no change in the decision (")
            .append(f.difference().gradeAfter())
            .append(")\n");
      } else {
        if (!f.difference().gradeChanged()) {
          out.append(bullet)
              .append("grade: ")
              .append(f.difference().gradeAfter())
              .append(" (unchanged)\n");
        }
        f.difference().lines("from", "to").forEach(l -> out.append(bullet).append(l).append('\n'));
      }
      if (f.problem() == null) {
        f.difference().traceLines().forEach(l -> out.append(bullet).append(l).append('\n'));
      }
      if (markdown) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String code(String s, boolean markdown) {
    return markdown ? "`" + s + "`" : s;
  }
}
