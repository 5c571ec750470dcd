package scot.qiassist.reload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;
import scot.qiassist.storage.StoredEvidence;

/**
 * The evidence a version is checked over: the examples, each with the outcome its file beside it
 * expects, and the evidence of the latest stored evaluations. Each piece has a name that says which
 * it is ({@link Name}), the name the candidate's run answers under.
 */
public final class Corpus {

  private final Map<String, String> examples = new TreeMap<>();
  private final Map<String, Outcome> expectedOnDisk = new TreeMap<>();
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private int evaluations;

  private Corpus() {}

  /**
   * The examples of a directory, with their expected outcomes, and these stored evaluations.
   *
   * @param stored the evidence of stored evaluations, in the order the impact should list them
   */
  public static Corpus of(Path examplesDirectory, List<StoredEvidence> stored) {
    Corpus corpus = new Corpus();
    List<Path> files;
    try {
      files = ExpectedOutcomes.examplesIn(examplesDirectory);
    } catch (IOException e) {
      files = List.of();
    }
    for (Path file : files) {
      String name = exampleName(file);
      try {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        corpus.examples.put(name, json);
        corpus.evidence.put(Name.example(name), json);
      } catch (IOException e) {
        continue; // an example that cannot be read is not part of the corpus
      }
      try {
        corpus.expectedOnDisk.put(
            name, ExpectedOutcomes.read(ExpectedOutcomes.expectedFileOf(file)));
      } catch (IOException e) {
        // no expected outcome: the check says so for this example
      }
    }
    for (StoredEvidence s : stored) {
      corpus.evidence.put(Name.evaluation(s.id(), s.name()), s.json());
      corpus.evaluations++;
    }
    return corpus;
  }

  /** "north-lanarkshire-2023" for examples/north-lanarkshire-2023.json. */
  public static String exampleName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  /** Every piece of evidence by its name: what the candidate is run over. */
  public Map<String, String> evidence() {
    return Collections.unmodifiableMap(evidence);
  }

  /** The examples' names, sorted. */
  public List<String> exampleNames() {
    return List.copyOf(examples.keySet());
  }

  /** The expected outcome of each example, as the files beside them say. */
  public Map<String, Outcome> expectedOnDisk() {
    return Collections.unmodifiableMap(expectedOnDisk);
  }

  public int evaluations() {
    return evaluations;
  }

  /**
   * The name a piece of evidence goes by: "example:NAME" or "evaluation:ID:LABEL". Any other name
   * (an example's path, as a reload names it) is an example named after its file.
   *
   * @param label what people read: the example's name, or the partnership and date stored
   * @param evaluation the stored evaluation's id, or null for an example
   */
  public record Name(String label, String evaluation) {

    static String example(String name) {
      return "example:" + name;
    }

    static String evaluation(String id, String label) {
      return "evaluation:" + id + ":" + label;
    }

    static boolean isExample(String key) {
      return !key.startsWith("evaluation:");
    }

    public static Name parse(String key) {
      if (key.startsWith("example:")) {
        return new Name(key.substring("example:".length()), null);
      }
      if (key.startsWith("evaluation:")) {
        String[] parts = key.split(":", 3);
        return new Name(parts.length > 2 ? parts[2] : parts[1], parts[1]);
      }
      return new Name(exampleName(Path.of(key)), null);
    }
  }
}
