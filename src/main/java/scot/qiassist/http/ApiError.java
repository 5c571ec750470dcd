package scot.qiassist.http;

import java.util.List;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.Problem;

/**
 * The one shape of every error the service returns.
 *
 * @param title the kind of failure: the HTTP status in words, such as "Bad Request"
 * @param status the HTTP status
 * @param detail what failed, for which input, and what was expected
 * @param errors for invalid evidence, a decision or a query, each problem at its path; otherwise
 *     empty
 */
public record ApiError(String title, int status, String detail, List<FieldError> errors) {

  /** One problem of the evidence at its JSON path, in the words the CLI prints. */
  public record FieldError(String path, String message) {}

  public ApiError {
    errors = List.copyOf(errors);
  }

  static ApiError of(int status, String title, String detail) {
    return new ApiError(title, status, detail, List.of());
  }

  static ApiError invalidEvidence(InvalidEvidenceException e) {
    return invalid("evidence", "Nothing was evaluated.", e.problems());
  }

  /** A request whose {@code what} (evidence, decision, query) has problems, each at its field. */
  static ApiError invalid(String what, String consequence, List<Problem> problems) {
    String detail =
        "The "
            + what
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ". "
            + consequence;
    return new ApiError(
        "Bad Request",
        400,
        detail,
        problems.stream().map(p -> new FieldError(p.path(), p.message())).toList());
  }
}
