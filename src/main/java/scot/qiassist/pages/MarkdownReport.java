package scot.qiassist.pages;

import scot.qiassist.report.ReadableReport;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.RecordedDecision;

/**
 * The moderation report as Markdown, for a document: the readable report of the evaluation, then
 * the panel's decisions. Markdown passes HTML through, so every {@code <}, {@code >} and {@code &}
 * is written as an entity: text from input cannot become markup when the document is rendered, and
 * the report itself uses none of the three as Markdown syntax.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  public static String render(ReportSubject subject) {
    StringBuilder out = new StringBuilder(ReadableReport.markdown(subject.result()));
    if (subject.stored()) {
      out.append("\n## Decisions (").append(subject.decisions().size()).append(")\n\n");
      out.append("Evaluation ")
          .append(subject.id())
          .append(", stored ")
          .append(EvaluationListPage.WHEN.format(subject.createdAt()))
          .append(" by ")
          .append(subject.author())
          .append(".\n\n");
      if (subject.decisions().isEmpty()) {
        out.append("No decision yet: the grade is the one the rules gave.\n");
      }
      for (RecordedDecision d : subject.decisions()) {
        out.append(d.sequence())
            .append(". ")
            .append(d.adjusts() ? "Adjusted to " : "Agreed ")
            .append(d.gradeLabel())
            .append(" (")
            .append(d.grade())
            .append("), by ")
            .append(d.moderator())
            .append(", ")
            .append(EvaluationListPage.WHEN.format(d.decidedAt()))
            .append(d.reason() == null ? "." : ": " + oneLine(d.reason()))
            .append('\n');
        for (DecisionComment c : d.comments()) {
          out.append("   - On \"")
              .append(oneLine(c.keyMessage()))
              .append("\": ")
              .append(oneLine(c.text()))
              .append('\n');
        }
      }
    }
    return escape(out.toString());
  }

  /** Markup characters as entities; Markdown renders the entity as the character. */
  static String escape(String markdown) {
    return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
