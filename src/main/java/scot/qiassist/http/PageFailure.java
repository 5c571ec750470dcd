package scot.qiassist.http;

/**
 * A request for a page that fails: answered with an HTML page in the service's layout rather than
 * the API's JSON, with the same words.
 */
final class PageFailure extends RuntimeException {

  private final int status;
  private final String title;

  PageFailure(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static PageFailure notFound(String id) {
    return new PageFailure(
        404,
        "Evaluation not found",
        "No stored evaluation that you may see has the id '"
            + id
            + "'. The list of evaluations shows those you may see.");
  }

  static PageFailure badQuery(InvalidQueryException e) {
    return new PageFailure(400, "There is a problem with the filters", e.getMessage() + ".");
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
