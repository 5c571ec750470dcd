package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.versions.ActivationEntry;
import scot.qiassist.versions.VersionEntry;

/**
 * The page at {@code /rules} (template {@code rules/versions.jte}): the version in service, every
 * version newest first with the status of its latest check, and the history of activations with
 * who, when and why.
 */
public final class RuleVersionsPage {

  public static final String PATH = RulePages.ROOT;

  private RuleVersionsPage() {}

  /**
   * The page's facts.
   *
   * @param notice a sentence to show in a banner (after an activation), or null
   */
  public record View(
      PageContext context,
      String notice,
      String inService,
      String inServiceHref,
      List<VersionRow> versions,
      List<ActivationRow> history) {}

  /**
   * A version as a row of the table.
   *
   * @param from where it came from, and who made it
   */
  public record VersionRow(
      String version,
      String href,
      boolean inService,
      RulePages.Status status,
      String parent,
      String from,
      String stored) {}

  /**
   * An activation as a row of the table.
   *
   * @param check what the version's check found when it was put in service
   */
  public record ActivationRow(
      String when, String version, String href, String by, String note, String check) {}

  /**
   * @param notice a sentence to show in a banner (after an activation), or null
   */
  public static String render(
      PageContext context,
      String inService,
      List<VersionEntry> versions,
      List<ActivationEntry> history,
      String notice) {
    return PageTemplates.render(
        "rules/versions.jte",
        new View(
            context,
            notice,
            inService,
            RulePages.version(inService),
            versions.stream().map(RuleVersionsPage::version).toList(),
            history.stream().map(RuleVersionsPage::activation).toList()));
  }

  private static VersionRow version(VersionEntry v) {
    return new VersionRow(
        v.version(),
        RulePages.version(v.version()),
        v.inService(),
        RulePages.status(v.status()),
        v.parent() == null ? "" : v.parent(),
        (v.origin().equals("candidate") ? "candidate" : "rules directory")
            + (v.createdBy() == null ? "" : ", " + v.createdBy()),
        RulePages.when(v.createdAt()));
  }

  private static ActivationRow activation(ActivationEntry a) {
    return new ActivationRow(
        RulePages.when(a.at()),
        a.version(),
        RulePages.version(a.version()),
        a.by(),
        a.note() == null ? "" : a.note(),
        a.summary() == null
            ? "not recorded"
            : a.summary().status()
                + ": "
                + a.summary().examplesPassed()
                + " of "
                + a.summary().examples()
                + " examples as expected"
                + (a.summary().gradesUp() == null
                    ? ""
                    : "; grades up "
                        + a.summary().gradesUp()
                        + ", down "
                        + a.summary().gradesDown()));
  }
}
