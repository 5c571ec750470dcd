package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;

/** `qi-assist wording --evidence FILE --text REPORT` as a user runs it. */
class WordingCommandTest {

  private static final String EVIDENCE = "src/test/resources/wording/planted-evidence.json";

  @TempDir Path dir;

  @Test
  void a_draft_with_flags_exits_5_and_prints_each_flag_with_its_place_and_suggestion()
      throws Exception {
    Path draft = write("draft.md", "Most staff (95%) were confident.\n");

    Run run = Run.of("wording", "--evidence", EVIDENCE, "--text", draft.toString());

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.out())
        .contains("1 flag, 0 notes")
        .contains("1. line 1, column 1: Standard word and figure disagree\n")
        .contains("   found:      'Most'\n")
        .contains("   suggestion: almost all\n");
  }

  @Test
  void a_draft_with_nothing_flagged_exits_0() throws Exception {
    Path draft =
        write(
            "draft.txt",
            "Almost all children and young people told us that they felt safe where they lived.\n");

    Run run = Run.of("wording", "--evidence", EVIDENCE, "--text", draft.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Every quantity word agrees with the standard words and the evidence.");
  }

  @Test
  void json_gives_each_flag_with_kind_place_sentence_and_suggestion() throws Exception {
    Path draft =
        write("draft.md", "Two-thirds (58%) of the staff felt listened to and respected.\n");

    Run run =
        Run.of("wording", "--evidence", EVIDENCE, "--text", draft.toString(), "--format", "json");

    JsonNode flag = new ObjectMapper().readTree(run.out()).get("flags").get(0);
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(flag.get("kind").asText()).isEqualTo("words-and-figures-disagree");
    assertThat(flag.get("place").get("unit").asText()).isEqualTo("line");
    assertThat(flag.get("place").get("column").asInt()).isEqualTo(1);
    assertThat(flag.get("sentence").asText())
        .isEqualTo("Two-thirds (58%) of the staff felt listened to and respected.");
    assertThat(flag.get("suggestion").asText()).isEqualTo("the majority");
  }

  @Test
  void a_docx_that_is_not_word_exits_2_naming_the_file_and_checks_nothing() throws Exception {
    Path draft = write("draft.docx", "this is not a Word document");

    Run run = Run.of("wording", "--evidence", EVIDENCE, "--text", draft.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(draft + ": is not a Word document (.docx)")
        .contains("Nothing was checked.");
  }

  @Test
  void an_empty_draft_and_a_missing_draft_exit_2() throws Exception {
    Path empty = write("empty.md", "");

    assertThat(Run.of("wording", "--evidence", EVIDENCE, "--text", empty.toString()).err())
        .contains("the draft is empty");
    assertThat(
            Run.of("wording", "--evidence", EVIDENCE, "--text", dir.resolve("none.md").toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void a_broken_wording_table_exits_3_naming_file_and_line() throws Exception {
    Path rules =
        RulesCopy.in(dir.resolve("rules"))
            .append(
                "terms/non-standard-phrases.csv",
                "nearly none,hardly any,a word that is not standard\n")
            .directory;
    Path draft = write("draft.md", "Most staff agreed.\n");

    Run run =
        Run.of(
            "wording",
            "--rules",
            rules.toString(),
            "--evidence",
            EVIDENCE,
            "--text",
            draft.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("terms/non-standard-phrases.csv line")
        .contains("reads as 'hardly any', which is not a standard word");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
