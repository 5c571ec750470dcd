package scot.qiassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.examples.ExampleCheck;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;

/** Every example in examples/ meets the outcome written beside it. */
class ExamplesTest {

  static Stream<Path> examples() throws IOException {
    var examples = ExpectedOutcomes.examplesIn(RepositoryRules.EXAMPLES);
    assertThat(examples).as("examples in examples/").hasSizeGreaterThanOrEqualTo(7);
    return examples.stream();
  }

  @ParameterizedTest(name = "{0} meets its expected outcome")
  @MethodSource("examples")
  void every_example_meets_its_expected_outcome(Path example) {
    ExampleResult result = new ExampleCheck(RepositoryRules.get()).check(example);

    assertThat(result.problem()).as("problem").isNull();
    assertThat(result.difference().lines("expected", "actual"))
        .as("differences from the expected outcome")
        .isEmpty();
  }
}
