package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/**
 * The confirmation before a version is put in service, {@code /rules/versions/{id}/activate}
 * (template {@code rules/activation.jte}): which version replaces which, what its check found, and
 * why (a note, required).
 */
public final class ActivationPage {

  private ActivationPage() {}

  /**
   * The page's facts.
   *
   * @param versionHref the version's own page
   * @param impact what its check found against the version it is based on, or null
   * @param note the note as last sent, or empty
   * @param confirm the words of the button that puts it in service
   */
  public record View(
      PageContext context,
      String title,
      String version,
      String versionHref,
      List<String> problems,
      String replaces,
      String impact,
      String note,
      String confirm) {}

  /**
   * @param note the note as last sent, or empty
   * @param problems what was wrong with the last confirmation sent, or empty
   */
  public static String render(
      PageContext context,
      VersionDetail detail,
      String inService,
      String note,
      List<String> problems) {
    VersionEntry v = detail.entry();
    boolean rollBack = !v.activations().isEmpty();
    return PageTemplates.render(
        "rules/activation.jte",
        new View(
            context,
            rollBack
                ? "Roll back to version " + v.version()
                : "Put version " + v.version() + " in service",
            v.version(),
            RulePages.version(v.version()),
            problems,
            "Version "
                + v.version()
                + " will replace version "
                + inService
                + " on every instance of the service as soon as each has built it (a few seconds). Evaluations made from then on use it; stored evaluations keep the version they were made with.",
            impact(detail),
            note,
            rollBack ? "Yes, roll back to this version" : "Yes, put it in service"));
  }

  private static String impact(VersionDetail detail) {
    if (detail.check() == null || detail.check().impact() == null) {
      return null;
    }
    var impact = detail.check().impact();
    return "Against version "
        + impact.fromVersion()
        + ", its check found grades up "
        + impact.gradesUp()
        + " and down "
        + impact.gradesDown()
        + " over "
        + impact.examples()
        + " examples and "
        + impact.evaluations()
        + " stored evaluations.";
  }
}
