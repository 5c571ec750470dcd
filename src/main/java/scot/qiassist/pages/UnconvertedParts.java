package scot.qiassist.pages;

import gg.jte.Content;
import java.util.function.Consumer;

/**
 * Parts of the panel pages still written with {@link Html} by classes not yet templates (the points
 * chart, the list of evidence drafts), as template content. {@link Html} escapes every value it
 * writes, as the templates do; this goes once those classes are templates.
 */
final class UnconvertedParts {

  private UnconvertedParts() {}

  static Content of(Consumer<Html> part) {
    Html h = new Html();
    part.accept(h);
    String written = h.toString();
    return output -> output.writeContent(written);
  }
}
