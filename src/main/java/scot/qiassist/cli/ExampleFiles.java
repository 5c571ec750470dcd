package scot.qiassist.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the examples are: ./examples when the current directory has them, else beside the launcher.
 */
final class ExampleFiles {

  private ExampleFiles() {}

  static Path directory() {
    Path local = Path.of("examples");
    String home = System.getProperty("qiassist.home");
    if (!Files.isDirectory(local) && home != null) {
      return Path.of(home, "examples");
    }
    return local;
  }
}
