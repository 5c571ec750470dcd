package scot.qiassist;

import java.nio.file.Path;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/** The rule set in the repository's rules/ directory, compiled once for all tests. */
public final class RepositoryRules {

  public static final Path DIRECTORY = Path.of("rules");
  public static final Path EXAMPLES = Path.of("examples");

  private static RuleSet rules;

  private RepositoryRules() {}

  public static synchronized RuleSet get() {
    if (rules == null) {
      try {
        rules = new RuleSetLoader().load(DIRECTORY);
      } catch (RuleSetException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return rules;
  }

  public static Evaluator evaluator() {
    return new Evaluator(get());
  }

  public static EvidenceReader reader() {
    return new EvidenceReader(get().measures(), get().phrases());
  }
}
