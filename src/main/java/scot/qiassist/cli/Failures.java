package scot.qiassist.cli;

import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import scot.qiassist.evaluation.RuleLoopException;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.sheet.InvalidSheetException;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.storage.EvaluationNotFoundException;
import scot.qiassist.storage.StorageException;
import scot.qiassist.storage.UnsupportedDatabaseException;
import scot.qiassist.wording.DraftTooLargeException;
import scot.qiassist.wording.UnreadableDraftException;

/**
 * Turns each kind of failure into its message and exit code. A user never sees a stack trace: an
 * unexpected failure prints its one-line cause and asks to be reported.
 */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    var err = cli.getErr();
    if (ex instanceof InvalidEvidenceException e) {
      err.println(e.getMessage());
      err.println("Nothing was evaluated.");
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof InvalidSheetException e) {
      err.println(e.getMessage());
      err.println(
          "Nothing was evaluated. Fix the problems above; with --keep-good-rows, the figures and"
              + " findings of bad rows are left out instead.");
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof RuleSetException e) {
      err.println(e.getMessage());
      return ExitCodes.RULE_PROBLEMS;
    }
    if (ex instanceof RuleLoopException e) {
      err.println(e.getMessage());
      return ExitCodes.RULE_PROBLEMS;
    }
    if (ex instanceof DraftTooLargeException || ex instanceof UnreadableDraftException) {
      err.println(ex.getMessage());
      err.println("Nothing was checked.");
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof InputFileException e) {
      err.println(e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof UnsupportedDatabaseException || ex instanceof EvaluationNotFoundException) {
      err.println(ex.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof StorageException e) {
      err.println(e.getMessage());
      return ExitCodes.FAILURE;
    }
    if (ex instanceof IOException e) {
      err.println("Could not read or write a file: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    err.println(
        "QI Assist failed unexpectedly: " + ex + ". Please report this with the command you ran.");
    return ExitCodes.FAILURE;
  }
}
