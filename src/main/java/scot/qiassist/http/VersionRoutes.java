package scot.qiassist.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.qiassist.evidence.Problem;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.reload.VersionCheck;
import scot.qiassist.storage.EvaluationNotFoundException;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredActivation;
import scot.qiassist.storage.StoredEvaluation;
import scot.qiassist.versions.ActivationEntry;
import scot.qiassist.versions.Candidate;
import scot.qiassist.versions.InvalidRequestException;
import scot.qiassist.versions.VersionExport;
import scot.qiassist.versions.Workbench;

/**
 * The rule set versions: every version with its history; one version's files, and as a zip; a
 * candidate checked and stored; a version put in service; and a stored evaluation re-run under the
 * version it was made with.
 */
final class VersionRoutes {

  /**
   * A candidate may carry up to {@link Candidate#MAX_FILES} files of up to 1 MB: its body may be
   * larger than evidence, so that a file over 1 MB is refused by name, not by the body's size.
   */
  static final long MIN_BODY_LIMIT = 8L * Candidate.MAX_FILE_BYTES;

  private static final Set<String> CANDIDATE_FIELDS = Set.of("parent", "files", "accept");

  private final Workbench workbench;
  private final EvaluationStore store;
  private final long bodyLimit;
  private final ServerPaths paths;

  VersionRoutes(Workbench workbench, EvaluationStore store, long bodyLimit, ServerPaths paths) {
    this.workbench = workbench;
    this.store = store;
    this.bodyLimit = Math.max(bodyLimit, MIN_BODY_LIMIT);
    this.paths = paths;
  }

  void list(Context ctx) {
    Json.send(ctx, new VersionViews.Versions(workbench.inService(), workbench.list()));
  }

  void get(Context ctx) {
    Json.send(ctx, VersionViews.Version.of(workbench.get(ctx.pathParam("id")), paths));
  }

  void export(Context ctx) {
    String id = ctx.pathParam("id");
    byte[] zip = VersionExport.zip(workbench.get(id));
    ctx.contentType("application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"" + VersionExport.fileName(id) + "\"")
        .result(zip);
  }

  /** 201 for a new version, 200 for files stored before (a new check), 422 when refused. */
  void submit(Context ctx) throws InvalidRequestException {
    Candidate candidate = candidate(EvidenceBody.text(ctx, bodyLimit, "candidate"));
    Workbench.Submitted submitted = workbench.submit(candidate, Who.of(ctx));
    VersionCheck check = VersionViews.hide(submitted.check(), paths);
    ctx.header("Location", "/api/ruleset/versions/" + check.version());
    if (VersionCheck.REFUSED.equals(check.status())) {
      Json.send(ctx, 422, VersionViews.Refused.of(check, workbench.inService()));
      return;
    }
    Json.send(
        ctx,
        submitted.created() ? 201 : 200,
        new VersionViews.Checked(check.version(), submitted.created(), check));
  }

  void activate(Context ctx) throws InvalidRequestException {
    JsonNode body = json(EvidenceBody.text(ctx, bodyLimit, "activation"), "activation");
    JsonNode note = body == null ? null : body.get("note");
    if (body == null || !body.isObject() || (note != null && !note.isTextual() && !note.isNull())) {
      throw new InvalidRequestException(
          "activation", new Problem("note", "expected {\"note\": \"why it is put in service\"}"));
    }
    StoredActivation a =
        workbench.activate(
            ctx.pathParam("id"), Who.of(ctx), note == null || note.isNull() ? null : note.asText());
    Json.send(ctx, ActivationEntry.of(a));
  }

  void replay(Context ctx) {
    String id = ctx.pathParam("id");
    StoredEvaluation stored =
        store
            .find(id)
            .filter(Identity.of(ctx)::sees)
            .orElseThrow(() -> new EvaluationNotFoundException(id));
    Json.send(ctx, workbench.replay(stored));
  }

  /** The body as a candidate: {"parent"?, "files": {PATH: TEXT or null}, "accept"?: [NAME]}. */
  static Candidate candidate(String text) throws InvalidRequestException {
    JsonNode body = json(text, "candidate");
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          "candidate",
          new Problem(
              "",
              "expected {\"parent\": VERSION, \"files\": {\"PATH\": \"TEXT\", ...}, \"accept\":"
                  + " [EXAMPLE, ...]}"));
    }
    List<Problem> problems = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            f -> {
              if (!CANDIDATE_FIELDS.contains(f)) {
                problems.add(
                    new Problem(
                        f, "is not a field of a candidate; expected parent, files and accept"));
              }
            });
    JsonNode parent = body.get("parent");
    if (parent != null && !parent.isNull() && !parent.isTextual()) {
      problems.add(new Problem("parent", "expected a version's id as text"));
    }
    Map<String, String> files = new LinkedHashMap<>();
    JsonNode filesNode = body.get("files");
    if (filesNode != null && !filesNode.isNull()) {
      if (!filesNode.isObject()) {
        problems.add(new Problem("files", "expected {\"PATH\": \"TEXT\", ...}"));
      } else {
        filesNode
            .fields()
            .forEachRemaining(
                e -> {
                  if (e.getValue().isNull()) {
                    files.put(e.getKey(), null);
                  } else if (e.getValue().isTextual()) {
                    files.put(e.getKey(), e.getValue().asText());
                  } else {
                    problems.add(
                        new Problem(
                            "files." + e.getKey(),
                            "expected the file's text as a string, or null to remove the file"));
                  }
                });
      }
    }
    List<String> accept = new ArrayList<>();
    JsonNode acceptNode = body.get("accept");
    if (acceptNode != null && !acceptNode.isNull()) {
      if (!acceptNode.isArray()) {
        problems.add(new Problem("accept", "expected a list of examples' names"));
      } else {
        for (int i = 0; i < acceptNode.size(); i++) {
          if (acceptNode.get(i).isTextual()) {
            accept.add(acceptNode.get(i).asText());
          } else {
            problems.add(new Problem("accept[" + i + "]", "expected an example's name as text"));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("candidate", problems);
    }
    return Candidate.of(parent == null || parent.isNull() ? null : parent.asText(), files, accept);
  }

  private static JsonNode json(String text, String what) {
    try {
      return QiAssistJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("The " + what + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
