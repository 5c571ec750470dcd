package scot.qiassist.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evidence.EvidenceDocument;

/**
 * The process {@link DurabilityTest} kills: it stores evaluations and decisions as fast as it can,
 * printing "ACK evaluation ID" or "ACK decision ID" once each write is committed, until it is
 * killed.
 *
 * <p>Arguments: the database URL, a file of evidence JSON, a file of its evaluation's JSON.
 */
public final class DurableWriter {

  private DurableWriter() {}

  public static void main(String[] args) throws Exception {
    String evidence = Files.readString(Path.of(args[1]));
    Evaluation result =
        StoredJson.read(Files.readString(Path.of(args[2])), Evaluation.class, "evaluation");
    EvidenceDocument document =
        new EvidenceDocument(result.partnership(), null, null, null, List.of(), List.of());
    EvaluationStore store = new EvaluationStore(Database.open(args[0]));
    while (true) {
      String id = store.save(evidence, document, result, "inspector.durable");
      System.out.println("ACK evaluation " + id);
      System.out.flush();
      store.appendDecision(
          id,
          Decision.agree("Agreed.", List.of()).withGrade(result.grade().value()),
          "moderator.durable",
          0);
      System.out.println("ACK decision " + id);
      System.out.flush();
    }
  }
}
