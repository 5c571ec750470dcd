package scot.qiassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/** A copy of the repository's rules in a temporary directory, for a test to change. */
public final class RulesCopy {

  public final Path directory;

  private RulesCopy(Path directory) {
    this.directory = directory;
  }

  public static RulesCopy in(Path temp) {
    try (Stream<Path> files = Files.walk(RepositoryRules.DIRECTORY)) {
      for (Path source : files.toList()) {
        Path target = temp.resolve(RepositoryRules.DIRECTORY.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RulesCopy(temp);
  }

  /** Replaces the first occurrence of a text in a rule file; fails when it is not there. */
  public RulesCopy replace(String file, String text, String with) {
    try {
      Path path = directory.resolve(file);
      String content = Files.readString(path);
      if (!content.contains(text)) {
        throw new AssertionError(file + " does not contain: " + text);
      }
      Files.writeString(
          path,
          content.replaceFirst(
              java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(with)));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RulesCopy append(String file, String text) {
    try {
      Files.writeString(
          directory.resolve(file),
          text,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RulesCopy delete(String file) {
    try {
      Files.delete(directory.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line number (from 1) of the first line containing a text. */
  public int lineOf(String file, String text) {
    try {
      var lines = Files.readAllLines(directory.resolve(file));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new AssertionError(file + " does not contain: " + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RuleSet load() throws RuleSetException {
    return new RuleSetLoader().load(directory);
  }
}
