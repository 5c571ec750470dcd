package scot.qiassist.pages;

import java.time.Instant;

/**
 * What the rules workbench's pages share: their paths, status tags and times (the templates under
 * {@code rules/}: {@code status-tag.jte} and {@code errors.jte}).
 */
public final class RulePages {

  static final String ROOT = "/rules";

  private RulePages() {}

  /** A check's status as a GOV.UK tag: "passed" in green. */
  public record Status(String text, String classes) {}

  static String version(String id) {
    return ROOT + "/versions/" + UrlPaths.segment(id);
  }

  static Status status(String status) {
    String colour =
        switch (status) {
          case "passed" -> "govuk-tag--green";
          case "failed" -> "govuk-tag--yellow";
          case "refused" -> "govuk-tag--red";
          default -> "govuk-tag--grey";
        };
    return new Status(status, "govuk-tag " + colour);
  }

  static String when(String instant) {
    return instant == null ? "" : EvaluationListPage.WHEN.format(Instant.parse(instant));
  }
}
