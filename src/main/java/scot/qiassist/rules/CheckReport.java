package scot.qiassist.rules;

import java.util.List;

/**
 * What {@code qi-assist check} found in a rules directory: errors stop a rule set from being used;
 * warnings are worth a look and fail only a strict check; notes are for information.
 */
public record CheckReport(
    String version,
    int rules,
    List<RuleProblem> errors,
    List<RuleProblem> warnings,
    List<RuleProblem> notes) {

  public CheckReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  public boolean passes(boolean strict) {
    return errors.isEmpty() && (!strict || warnings.isEmpty());
  }
}
