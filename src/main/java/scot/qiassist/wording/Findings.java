package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.StandardWords;

/** The flags and notes of one check as they are found, and the words they are written in. */
final class Findings {

  final Draft draft;
  final StandardWords words;
  final List<Flag> flags = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();

  Findings(Draft draft, StandardWords words) {
    this.draft = draft;
    this.words = words;
  }

  void flag(FlagKind kind, Mention m, String why, String suggestion, MeasureMatch match) {
    Quantity q = m.quantity();
    flags.add(
        new Flag(
            kind,
            draft.place(q.start(), q.end()),
            m.in().sentence.text(),
            q.written(),
            why,
            suggestion,
            match == null ? null : match.measure().id(),
            match == null ? null : round(match.confidence())));
  }

  void note(Mention m, String note, MeasureMatch match) {
    Quantity q = m.quantity();
    notes.add(
        new Note(
            draft.place(q.start(), q.end()),
            m.in().sentence.text(),
            q.written(),
            note,
            match == null ? null : match.measure().id(),
            match == null ? null : round(match.confidence())));
  }

  /** The standard word a range reads as: the band of its middle, as the rules read phrases. */
  Band reading(Interval interval) {
    return words.bandOf(interval.middle());
  }

  /** "'most' (75% up to 89%)". */
  static String described(Band band) {
    return "'" + band.word() + "' (" + band.range() + ")";
  }

  /** "'just over two-thirds' (67%-70%)", "'88%'". */
  static String described(String written, Interval interval) {
    return "'"
        + written
        + "'"
        + (interval.isPoint() && written.contains("%") ? "" : " (" + interval + ")");
  }

  private static double round(double confidence) {
    return Math.round(confidence * 100) / 100.0;
  }
}
