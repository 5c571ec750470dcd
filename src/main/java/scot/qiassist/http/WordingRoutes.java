package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.pages.WordingPage;
import scot.qiassist.pages.WordingResultPage;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredEvaluation;
import scot.qiassist.wording.Draft;
import scot.qiassist.wording.DraftReader;
import scot.qiassist.wording.DraftTooLargeException;
import scot.qiassist.wording.InvalidWordingRequestException;
import scot.qiassist.wording.UnreadableDraftException;
import scot.qiassist.wording.WordingCheck;
import scot.qiassist.wording.WordingChecks;
import scot.qiassist.wording.WordingReport;
import scot.qiassist.wording.WordingRequest;

/**
 * POST /api/wording and the page /wording: a draft report's quantity words against the evidence,
 * given in the request or as a stored evaluation the caller may see. Nothing is stored.
 */
final class WordingRoutes {

  private final ActiveRuleSet active;
  private final long bodyLimit;
  private final EvaluationStore store;
  private final WordingChecks checks = new WordingChecks();

  WordingRoutes(ActiveRuleSet active, long bodyLimit, EvaluationStore store) {
    this.active = active;
    // A draft may be 5 MB whatever the limit for evidence; the evidence comes with it.
    this.bodyLimit = Math.max(bodyLimit, DraftReader.MAX_BYTES + bodyLimit);
    this.store = store;
  }

  void check(Context ctx)
      throws InvalidWordingRequestException, DraftTooLargeException, UnreadableDraftException {
    RuleSet rules = active.current();
    String json = EvidenceBody.text(ctx, bodyLimit, "wording request");
    WordingRequest request = WordingRequest.read(json, reader(rules), id -> evidenceOf(ctx, id));
    Json.send(ctx, check(rules).check(request.draft(), request.evidence()));
  }

  void form(Context ctx) {
    ctx.html(form(ctx, ctx.queryParam("evaluation"), List.of()));
  }

  /** The form's draft and evidence, checked; the form again with each problem when they fail. */
  void checkPage(Context ctx) {
    RuleSet rules = active.current();
    String evaluation = blankToNull(ctx.formParam("evaluation"));
    List<String> problems = new ArrayList<>();
    Draft draft = null;
    EvidenceDocument evidence = null;
    String against = null;
    int status = 400;
    try {
      draft = draft(ctx);
    } catch (DraftTooLargeException e) {
      problems.add(e.getMessage());
      status = 413;
    } catch (UnreadableDraftException e) {
      problems.add(e.getMessage());
    }
    try {
      if (evaluation != null) {
        String json = evidenceOf(ctx, evaluation).orElse(null);
        if (json == null) {
          problems.add("No stored evaluation that you may see has the id '" + evaluation + "'.");
        } else {
          evidence = reader(rules).read(json);
          against = "the stored evaluation " + evaluation;
        }
      } else {
        String json = evidenceJson(ctx);
        if (json == null) {
          problems.add(
              "Give the evidence: choose a stored evaluation, upload an evidence file or paste its JSON.");
        } else {
          evidence = reader(rules).read(json);
          against = "the evidence of " + evidence.partnership();
        }
      }
    } catch (InvalidEvidenceException e) {
      e.problems().forEach(p -> problems.add("The evidence: " + p));
    }
    if (!problems.isEmpty()) {
      ctx.status(status).html(form(ctx, evaluation, problems));
      return;
    }
    WordingReport report = check(rules).check(draft, evidence);
    ctx.html(WordingResultPage.render(SessionAccess.pageContext(ctx), draft, report, against));
  }

  private String form(Context ctx, String selected, List<String> problems) {
    Identity who = Identity.of(ctx);
    return WordingPage.form(
        SessionAccess.pageContext(ctx),
        store.list(who.scope(EvaluationFilter.all())),
        selected,
        problems);
  }

  private static Draft draft(Context ctx) throws DraftTooLargeException, UnreadableDraftException {
    UploadedFile file = ctx.uploadedFile("draftFile");
    if (file != null && file.size() > 0) {
      if (file.size() > DraftReader.MAX_BYTES) {
        throw new DraftTooLargeException(file.filename(), file.size(), DraftReader.MAX_BYTES);
      }
      return DraftReader.read(file.filename(), bytes(file));
    }
    String text = ctx.formParam("draftText");
    return DraftReader.text("pasted text", text == null ? "" : text);
  }

  private static String evidenceJson(Context ctx) throws InvalidEvidenceException {
    UploadedFile file = ctx.uploadedFile("evidenceFile");
    if (file != null && file.size() > 0) {
      if (file.size() > DraftReader.MAX_BYTES) {
        throw new InvalidEvidenceException(
            List.of(
                new scot.qiassist.evidence.Problem(
                    "", file.filename() + " is larger than " + DraftReader.MAX_BYTES + " bytes")));
      }
      return new String(bytes(file), StandardCharsets.UTF_8);
    }
    return blankToNull(ctx.formParam("evidenceJson"));
  }

  private static byte[] bytes(UploadedFile file) {
    try (InputStream in = file.content()) {
      return in.readNBytes((int) DraftReader.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new io.javalin.http.BadRequestResponse(
          file.filename() + " could not be read: " + e.getMessage());
    }
  }

  private Optional<String> evidenceOf(Context ctx, String id) {
    return store.find(id).filter(Identity.of(ctx)::sees).map(StoredEvaluation::evidence);
  }

  private WordingCheck check(RuleSet rules) {
    try {
      return checks.of(rules);
    } catch (RuleSetException e) {
      throw new ServiceUnavailableResponse(
          "The wording tables beside the rules in service have problems; fix them and reload. "
              + e.getMessage().replace('\n', ' '));
    }
  }

  private static EvidenceReader reader(RuleSet rules) {
    return new EvidenceReader(rules.measures(), rules.phrases());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
