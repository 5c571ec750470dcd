package scot.qiassist.wording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSetException;

/** The wording check of the repository's rules, and the test drafts and evidence. */
final class Wording {

  static final Path RESOURCES = Path.of("src/test/resources/wording");
  static final Path REFERENCE_REPORT = RESOURCES.resolve("north-lanarkshire-2023-report.txt");
  static final Path REFERENCE_EVIDENCE =
      RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json");
  static final Path PLANTED_EVIDENCE = RESOURCES.resolve("planted-evidence.json");

  private static WordingCheck check;

  private Wording() {}

  static synchronized WordingCheck check() {
    if (check == null) {
      try {
        check =
            new WordingCheck(WordingTerms.load(RepositoryRules.get(), RepositoryRules.DIRECTORY));
      } catch (RuleSetException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return check;
  }

  static EvidenceDocument evidence(Path file) {
    try {
      return RepositoryRules.reader().read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidEvidenceException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A draft of plain text, checked against the planted evidence. */
  static WordingReport planted(String text) {
    return check().check(new Draft("draft", text, false), evidence(PLANTED_EVIDENCE));
  }

  static WordingReport file(Path draft, Path evidence) {
    try {
      return check()
          .check(DraftReader.read(draft.toString(), Files.readAllBytes(draft)), evidence(evidence));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DraftTooLargeException | UnreadableDraftException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
