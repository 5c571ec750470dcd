package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.EvaluationSummary;

/**
 * The form of the report-wording check (the template {@code wording/form.jte}): a draft pasted or
 * uploaded (text, Markdown or .docx) beside a stored evaluation, or beside evidence pasted or
 * uploaded as JSON. Nothing is stored.
 */
public final class WordingPage {

  public static final String PATH = "/wording";

  private WordingPage() {}

  /**
   * What the form shows.
   *
   * @param evaluations the stored evaluations to check against, each in words
   * @param problems what was wrong with the last form sent, or empty
   */
  public record View(PageContext context, List<Evaluation> evaluations, List<String> problems) {}

  /** A stored evaluation as the form offers it: "Angus, 3 May 2026 10:00 by ina (id)". */
  public record Evaluation(String id, String label, boolean selected) {}

  /**
   * The form.
   *
   * @param evaluations the stored evaluations the user may see, newest first
   * @param selected the evaluation to check against, or null
   * @param problems what was wrong with the last form sent, or empty
   */
  public static String form(
      PageContext context,
      List<EvaluationSummary> evaluations,
      String selected,
      List<String> problems) {
    return PageTemplates.render(
        "wording/form.jte",
        new View(
            context,
            evaluations.stream()
                .map(
                    e ->
                        new Evaluation(
                            e.id(),
                            e.partnership()
                                + ", "
                                + EvaluationListPage.WHEN.format(e.createdAt())
                                + " by "
                                + e.author()
                                + " ("
                                + e.id()
                                + ")",
                            e.id().equals(selected)))
                .toList(),
            problems));
  }
}
