package scot.qiassist.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import scot.qiassist.RepositoryRules;

/** A copy of the repository's rules in a temporary directory, for a test to change. */
final class RulesCopy {

  final Path directory;

  private RulesCopy(Path directory) {
    this.directory = directory;
  }

  static RulesCopy in(Path temp) {
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
  RulesCopy replace(String file, String text, String with) {
    try {
      Path path = directory.resolve(file);
      String content = Files.readString(path);
      if (!content.contains(text)) {
        throw new AssertionError(file + " does not contain: " + text);
      }
      Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(with)));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RulesCopy append(String file, String text) {
    try {
      Files.writeString(directory.resolve(file), text, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RulesCopy delete(String file) {
    try {
      Files.delete(directory.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line number (from 1) of the first line containing a text. */
  int lineOf(String file, String text) {
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

  RuleSet load() throws RuleSetException {
    return new RuleSetLoader().load(directory);
  }
}
