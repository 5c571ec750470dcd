package scot.qiassist.pages;

import java.util.List;
import java.util.Optional;
import scot.qiassist.drafting.DraftFigure;
import scot.qiassist.drafting.DraftFinding;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;

/**
 * A draft's figures and findings as the rows of the tables on its page (the templates {@code
 * drafting/figures-table.jte} and {@code drafting/findings-table.jte}): each figure with what it
 * reads as, each finding with its kind and weight, and the links to change and remove each.
 */
public final class DraftTables {

  private DraftTables() {}

  /**
   * A figure's row.
   *
   * @param what the row in words for the hidden part of its links: "figure 3"
   */
  public record FigureRow(
      int id,
      String measure,
      String measureId,
      String figure,
      String readsAs,
      String change,
      String remove,
      String what) {}

  /**
   * A finding's row.
   *
   * @param tag the kind and weight, as its tag shows it: "major strength"
   * @param tagClasses the tag's classes: green for a strength, red for a major area, else orange
   */
  public record FindingRow(
      int id,
      String text,
      String tag,
      String tagClasses,
      boolean keyMessage,
      boolean outstanding,
      String change,
      String remove,
      String what) {}

  static List<FigureRow> figures(
      String draftId, List<DraftFigure> figures, MeasureCatalogue catalogue, PanelState panel) {
    return figures.stream()
        .map(
            f -> {
              Optional<Measure> measure = catalogue.find(String.valueOf(f.measure()));
              return new FigureRow(
                  f.id(),
                  measure
                      .map(m -> FigureFormPage.capitalised(m.counted()))
                      .orElse(String.valueOf(f.measure())),
                  " (" + f.measure() + ")",
                  figure(f),
                  readsAs(panel.reading(f.measure())),
                  EvidencePaths.of(EvidencePaths.FIGURE, draftId, f.id()),
                  EvidencePaths.of(EvidencePaths.REMOVE_FIGURE, draftId, f.id()),
                  "figure " + f.id());
            })
        .toList();
  }

  static String figure(DraftFigure f) {
    if (f.count() != null || f.of() != null) {
      return f.count() + " of " + f.of();
    }
    if (f.percent() != null) {
      return f.percent().endsWith("%") ? f.percent() : f.percent() + "%";
    }
    return "'" + f.phrase() + "'";
  }

  private static String readsAs(Optional<ReadingView> reading) {
    return reading
        .map(
            r ->
                r.word()
                    + " ("
                    + r.band()
                    + ")"
                    + (r.straddles()
                        ? "; the range reaches from " + r.lowestWord() + " to " + r.highestWord()
                        : ""))
        .orElse("Not read: see the problems");
  }

  static List<FindingRow> findings(String draftId, List<DraftFinding> findings) {
    return findings.stream()
        .map(
            f -> {
              KeyMessagesSection.Tag tag =
                  KeyMessagesSection.tag(String.valueOf(f.kind()), String.valueOf(f.weight()));
              return new FindingRow(
                  f.id(),
                  f.text(),
                  tag.text(),
                  tag.classes(),
                  f.keyMessage(),
                  f.outstanding(),
                  EvidencePaths.of(EvidencePaths.FINDING, draftId, f.id()),
                  EvidencePaths.of(EvidencePaths.REMOVE_FINDING, draftId, f.id()),
                  "finding " + f.id());
            })
        .toList();
  }
}
