package scot.qiassist.cli;

import java.nio.file.Path;

/** An input file that cannot be used: missing, unreadable or too large. */
final class InputFileException extends Exception {

  InputFileException(Path file, String why) {
    super(file + ": " + why);
  }
}
