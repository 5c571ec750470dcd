package scot.qiassist.evaluation;

/**
 * One figure of the evidence as it was read: its standard word and band, and whether its range
 * reaches into another band.
 */
public record ReadingView(
    String measure,
    int statement,
    String figures,
    int low,
    int high,
    String word,
    String band,
    String lowestWord,
    String highestWord,
    boolean straddles) {

  static ReadingView of(Reading r) {
    return new ReadingView(
        r.measure(),
        r.measureInfo().statement(),
        r.figures(),
        r.share().interval().low(),
        r.share().interval().high(),
        r.word(),
        r.band().range(),
        r.lowest().word(),
        r.highest().word(),
        r.straddles());
  }
}
