package scot.qiassist.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;

/** Reads an evidence file from disk, within the same size limit as the service. */
final class EvidenceFile {

  static final long MAX_BYTES = 1_000_000;

  private EvidenceFile() {}

  static EvidenceDocument read(Path file, RuleSet rules)
      throws InputFileException, InvalidEvidenceException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, "no such evidence file");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputFileException(file, "is larger than the limit of " + MAX_BYTES + " bytes");
      }
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return new EvidenceReader(rules.measures(), rules.phrases()).read(json);
    } catch (IOException e) {
      throw new InputFileException(file, "could not be read: " + e.getMessage());
    }
  }
}
