package scot.qiassist.cli;

/** What the command's exit code tells a script. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int INVALID_INPUT = 2;
  static final int RULE_PROBLEMS = 3;
  static final int EXAMPLES_DIFFER = 4;
  static final int WORDING_FLAGGED = 5;

  private ExitCodes() {}
}
