package scot.qiassist.examples;

import java.nio.file.Path;

/**
 * One example checked against its expected outcome: the difference, or why it could not be checked
 * (invalid evidence, a missing or unreadable expected outcome).
 */
public record ExampleResult(Path example, OutcomeDifference difference, String problem) {

  public boolean passed() {
    return problem == null && difference.isEmpty();
  }
}
