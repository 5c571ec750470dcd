package scot.qiassist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/**
 * The --rules option shared by every command. Without it, QI Assist uses ./rules when the current
 * directory has one, else the rules beside the qi-assist launcher.
 */
final class RulesOption {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "the rules directory (default: ./rules, else the one beside the launcher)")
  Path directory;

  Path resolve() {
    if (directory != null) {
      return directory;
    }
    Path local = Path.of("rules");
    String home = System.getProperty("qiassist.home");
    if (!Files.isDirectory(local) && home != null) {
      return Path.of(home, "rules");
    }
    return local;
  }

  RuleSet load() throws RuleSetException {
    return new RuleSetLoader().load(resolve());
  }
}
