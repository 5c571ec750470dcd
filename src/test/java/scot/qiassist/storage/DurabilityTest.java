package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.storage.Databases.Kind;

/**
 * A write that was acknowledged survives the writer being killed with SIGKILL ({@code
 * Process.destroyForcibly()}) while it goes on writing: no shutdown hook, no flush, no chance to
 * finish.
 */
class DurabilityTest {

  private static final int ACKS_BEFORE_KILL = 6;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void every_acknowledged_write_survives_a_kill_9_of_the_writer(Kind kind) throws Exception {
    String url = Databases.freshUrl(kind, temp);
    StoredExamples.Example example = StoredExamples.get("north-lanarkshire-2023");
    Path evidence = Files.writeString(temp.resolve("evidence.json"), example.json());
    Path result =
        Files.writeString(temp.resolve("result.json"), StoredJson.write(example.result()));

    List<String> acks = runAndKill(url, evidence, result);
    EvaluationStore reopened = new EvaluationStore(Database.open(url));

    assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    for (String ack : acks) {
      String[] parts = ack.split(" ");
      StoredEvaluation stored = reopened.find(parts[2]).orElse(null);
      assertThat(stored).as("the evaluation acknowledged in '" + ack + "'").isNotNull();
      if (parts[1].equals("decision")) {
        assertThat(stored.decisions()).as("the decision acknowledged in '" + ack + "'").hasSize(1);
      }
    }
  }

  /**
   * Starts the writer, kills it as soon as it has acknowledged enough, and returns the ACKs read.
   */
  private List<String> runAndKill(String url, Path evidence, Path result) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DurableWriter.class.getName(),
                url,
                evidence.toString(),
                result.toString())
            .redirectError(temp.resolve("writer.err").toFile())
            .start();
    List<String> acks = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acks.add(line);
        }
        if (acks.size() == ACKS_BEFORE_KILL) {
          writer.destroyForcibly();
          break;
        }
      }
    } finally {
      writer.destroyForcibly();
      writer.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acks)
        .as(
            "the writer's acknowledgements; its errors: "
                + Files.readString(temp.resolve("writer.err")))
        .isNotEmpty();
    return acks;
  }
}
