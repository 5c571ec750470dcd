package scot.qiassist.evidence;

import java.util.Optional;

/** One kind of personal data the screen looks for in normalised text. */
interface Detector {

  /** The first place the text holds this kind of data, if any. */
  Optional<Sighting> find(ScreenText text);
}
