package scot.qiassist.http;

import java.util.List;
import java.util.Map;
import scot.qiassist.examples.Outcome;
import scot.qiassist.reload.VersionCheck;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.versions.ActivationEntry;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/** The JSON shapes of the rule set versions routes. */
final class VersionViews {

  private VersionViews() {}

  /** Every version, newest first, and the one in service. */
  record Versions(String inService, List<VersionEntry> versions) {}

  /** One version whole. */
  record Version(
      String version,
      String createdAt,
      String createdBy,
      String parent,
      String origin,
      String status,
      boolean inService,
      List<ActivationEntry> activations,
      Map<String, String> files,
      VersionCheck check,
      Map<String, Outcome> expected) {

    static Version of(VersionDetail d, ServerPaths paths) {
      VersionEntry e = d.entry();
      return new Version(
          e.version(),
          e.createdAt(),
          e.createdBy(),
          e.parent(),
          e.origin(),
          e.status(),
          e.inService(),
          e.activations(),
          d.files(),
          d.check() == null ? null : hide(d.check(), paths),
          d.expected());
    }
  }

  /** A candidate stored and checked. */
  record Checked(String version, boolean created, VersionCheck check) {}

  /** A candidate refused: the error's shape, with the version it is stored as and its check. */
  record Refused(
      String title,
      int status,
      String detail,
      List<ApiError.FieldError> errors,
      String version,
      VersionCheck check) {

    static Refused of(VersionCheck check, String inService) {
      List<ApiError.FieldError> errors =
          check.check().errors().stream()
              .map(
                  p ->
                      new ApiError.FieldError(
                          p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.toString()))
              .toList();
      return new Refused(
          "Unprocessable Content",
          422,
          "The candidate was refused: "
              + errors.size()
              + (errors.size() == 1 ? " problem" : " problems")
              + ". It is stored as refused version "
              + check.version()
              + ", which can never be put in service; version "
              + inService
              + " stays in service.",
          errors,
          check.version(),
          check);
    }
  }

  /** A check with no server path in its problems ({@link ServerPaths}). */
  static VersionCheck hide(VersionCheck c, ServerPaths paths) {
    CheckReport r = c.check();
    CheckReport hidden =
        r == null
            ? null
            : new CheckReport(
                r.version(),
                r.rules(),
                paths.hideProblems(r.errors()),
                paths.hideProblems(r.warnings()),
                paths.hideProblems(r.notes()));
    return new VersionCheck(
        c.id(),
        c.version(),
        c.parent(),
        c.at(),
        c.by(),
        c.status(),
        hidden,
        c.examples(),
        c.impact());
  }
}
