package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.report.JsonReport;

/**
 * 32 clients at once, each with its own evidence: every answer is its own request's, each stored.
 */
class ConcurrencyTest {

  private static final int CLIENTS = 32;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void thirty_two_concurrent_clients_each_get_the_evaluation_of_their_own_evidence()
      throws Exception {
    List<String> evidence = new ArrayList<>();
    List<JsonNode> expected = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      String doc =
          Evidence.variant("Partnership " + i, "initial-response-good-or-better", 10 + i, 60);
      evidence.add(doc);
      expected.add(
          JSON.readTree(
              JsonReport.render(
                  RepositoryRules.evaluator().evaluate(RepositoryRules.reader().read(doc)))));
    }
    List<Reply> replies = new ArrayList<>();

    try (RunningService service = RunningService.local()) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Reply>> answers = new ArrayList<>();
      for (String doc : evidence) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return service.client().postJson("/api/evaluations", doc);
                }));
      }
      start.countDown();
      for (Future<Reply> answer : answers) {
        replies.add(answer.get());
      }
      pool.shutdown();
    }

    for (int i = 0; i < CLIENTS; i++) {
      assertThat(replies.get(i).status()).isEqualTo(201);
      JsonNode reply = ((ObjectNode) replies.get(i).json()).without("id");
      assertThat(reply.get("partnership").asText()).isEqualTo("Partnership " + i);
      assertThat(reading(reply).get("figures").asText())
          .startsWith((10 + i) + " of 60 records read");
      assertThat(reply).as("client " + i + "'s whole result").isEqualTo(expected.get(i));
    }
    assertThat(new HashSet<>(expected.stream().map(e -> e.get("grade").toString()).toList()))
        .as("the evidence spans more than one grade")
        .hasSizeGreaterThan(1);
  }

  private static JsonNode reading(JsonNode result) {
    for (JsonNode r : result.get("readings")) {
      if (r.get("measure").asText().equals("initial-response-good-or-better")) {
        return r;
      }
    }
    throw new AssertionError("no reading of initial-response-good-or-better");
  }
}
