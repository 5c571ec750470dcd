package scot.qiassist.reload;

import java.time.Instant;
import java.util.List;
import scot.qiassist.rules.RuleProblem;

/**
 * What one reload did: activated the candidate, or refused it with the rule problems and the
 * example differences that stopped it. The service goes on with the last good rule set.
 *
 * @param activated whether the candidate is now in service
 * @param version the candidate's version, or null when it did not compile
 * @param at when the reload was tried
 * @param by who asked for it
 * @param errors problems with the rule files (compile errors and check errors)
 * @param examples examples whose outcome differs from the expected one, each with its differences
 */
public record ReloadResult(
    boolean activated,
    String version,
    Instant at,
    String by,
    List<RuleProblem> errors,
    List<String> examples) {

  public ReloadResult {
    errors = List.copyOf(errors);
    examples = List.copyOf(examples);
  }

  /** A reload that found the version in service already: nothing to put in service or refuse. */
  public static ReloadResult unchanged(String version, Instant at, String by) {
    return new ReloadResult(false, version, at, by, List.of(), List.of());
  }

  /**
   * Whether the reload found nothing to do: not put in service, yet nothing refused, since the
   * directory holds the version in service.
   */
  public boolean unchanged() {
    return !activated && version != null && errors.isEmpty() && examples.isEmpty();
  }
}
