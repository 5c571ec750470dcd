package scot.qiassist.evidence;

import java.util.Optional;

/** One kind of personal data the screen looks for in normalised text. */
interface Detector {

  /** The first place the text holds this kind of data, if any. */
  Optional<Sighting> find(ScreenText text);

  /**
   * This detector, run only on text that passes a cheap test first: most notes hold no digit, no @
   * and no title, and ruling each pattern out costs more than reading the rest of the evidence.
   */
  default Detector onlyWhen(java.util.function.Predicate<ScreenText> worthLooking) {
    Detector self = this;
    return text -> worthLooking.test(text) ? self.find(text) : Optional.empty();
  }
}
