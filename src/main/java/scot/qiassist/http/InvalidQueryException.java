package scot.qiassist.http;

import java.util.List;
import scot.qiassist.evidence.Problem;

/** A request's query parameters cannot be used: each problem names its parameter. */
final class InvalidQueryException extends RuntimeException {

  private final transient List<Problem> problems;

  InvalidQueryException(List<Problem> problems) {
    super(
        problems.stream()
            .map(Problem::toString)
            .reduce((a, b) -> a + "; " + b)
            .orElse("the query cannot be used"));
    this.problems = List.copyOf(problems);
  }

  List<Problem> problems() {
    return problems;
  }
}
