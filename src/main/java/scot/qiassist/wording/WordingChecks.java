package scot.qiassist.wording;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;

/**
 * The wording check of the rule set in service, built once per rule set: when a reload puts new
 * rules in service, the next check reads the wording tables beside them again.
 */
public final class WordingChecks {

  private record Built(RuleSet rules, WordingCheck check) {}

  private final AtomicReference<Built> last = new AtomicReference<>();

  /**
   * @throws RuleSetException naming the file and line of each problem of the wording tables
   */
  public WordingCheck of(RuleSet rules) throws RuleSetException {
    Built built = last.get();
    if (built != null && built.rules() == rules) {
      return built.check();
    }
    WordingCheck check = new WordingCheck(WordingTerms.load(rules, Path.of(rules.directory())));
    last.set(new Built(rules, check));
    return check;
  }
}
