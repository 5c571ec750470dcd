package scot.qiassist.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links the pages write: a value put into a path is percent-encoded, never written as it is. */
final class UrlPaths {

  private UrlPaths() {}

  /** A path segment, such as an evaluation's or a draft's id in a link, percent-encoded. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
