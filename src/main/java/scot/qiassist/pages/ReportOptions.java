package scot.qiassist.pages;

/**
 * How a moderation report is shown.
 *
 * @param printable without navigation or form, every section open, for printing
 * @param decisionForm the decision form to show, or null to show none: give one only when the
 *     viewer is a moderator and the evaluation is stored
 */
public record ReportOptions(boolean printable, DecisionFormState decisionForm) {

  /** The report as a page of the service, for a viewer who may not decide. */
  public static ReportOptions readOnly() {
    return new ReportOptions(false, null);
  }

  /** The report as a page of the service, for a moderator, with an empty decision form. */
  public static ReportOptions forModerator() {
    return new ReportOptions(false, DecisionFormState.empty());
  }

  /** The printable report: no navigation, no form, every section open. */
  public static ReportOptions printView() {
    return new ReportOptions(true, null);
  }
}
