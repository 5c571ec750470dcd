package scot.qiassist.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;

/** Evaluates examples under a rule set and compares each with its expected outcome. */
public final class ExampleCheck {

  private final Evaluator evaluator;
  private final EvidenceReader reader;

  public ExampleCheck(RuleSet rules) {
    this.evaluator = new Evaluator(rules);
    this.reader = new EvidenceReader(rules.measures(), rules.phrases());
  }

  public List<ExampleResult> run(List<Path> examples) {
    return examples.stream().map(this::check).toList();
  }

  public ExampleResult check(Path example) {
    Outcome expected;
    try {
      expected = ExpectedOutcomes.read(ExpectedOutcomes.expectedFileOf(example));
    } catch (IOException e) {
      return new ExampleResult(example, null, "no readable expected outcome: " + e.getMessage());
    }
    try {
      Outcome actual = outcome(example);
      return new ExampleResult(example, OutcomeDifference.between(expected, actual), null);
    } catch (InvalidEvidenceException e) {
      return new ExampleResult(example, null, e.getMessage());
    } catch (IOException e) {
      return new ExampleResult(example, null, "could not be read: " + e.getMessage());
    }
  }

  /** The outcome of one evidence file under this rule set. */
  public Outcome outcome(Path evidenceFile) throws IOException, InvalidEvidenceException {
    String json = Files.readString(evidenceFile, StandardCharsets.UTF_8);
    return Outcome.of(evaluator.evaluate(reader.read(json)));
  }
}
