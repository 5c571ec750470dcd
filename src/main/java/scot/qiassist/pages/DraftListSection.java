package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.DraftSummary;

/**
 * An inspector's evidence drafts, the most recently saved first, with the way to start another: on
 * the home page and at {@code /evidence} (the templates {@code drafting/draft-list.jte} and {@code
 * drafting/drafts.jte}).
 */
public final class DraftListSection {

  private DraftListSection() {}

  /**
   * One draft as the list shows it.
   *
   * @param status whether it was submitted to the panel, and as it stands or not
   */
  public record Row(String partnership, String href, String saved, int revision, String status) {}

  /** The page at {@code /evidence}. */
  public static String page(PageContext context, List<DraftSummary> drafts) {
    return PageTemplates.render(
        "drafting/drafts.jte", java.util.Map.of("context", context, "drafts", rows(drafts)));
  }

  /** Each draft as the list shows it, in the order given. */
  public static List<Row> rows(List<DraftSummary> drafts) {
    return drafts.stream()
        .map(
            d ->
                new Row(
                    d.partnership(),
                    EvidencePaths.of(EvidencePaths.DRAFT, d.id()),
                    EvaluationListPage.WHEN.format(d.updatedAt()),
                    d.revision(),
                    status(d)))
        .toList();
  }

  private static String status(DraftSummary d) {
    if (d.submittedAs() == null) {
      return "Not submitted";
    }
    return d.submittedAsIs()
        ? "Submitted"
        : "Submitted revision " + d.submittedRevision() + "; changed since";
  }
}
