package scot.qiassist.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.reload.ReloadResult;
import scot.qiassist.reload.RuleSetReloader;

/**
 * The rule set routes: what is in service and its history for everyone; reloading the rules
 * directory and checking a candidate set of files for policy staff.
 */
final class RulesetRoutes {

  static final int MAX_CANDIDATE_FILES = 200;

  private final ActiveRuleSet active;
  private final RuleSetReloader reloader;
  private final long bodyLimit;
  private final ServerPaths paths;

  RulesetRoutes(ActiveRuleSet active, RuleSetReloader reloader, long bodyLimit, ServerPaths paths) {
    this.active = active;
    this.reloader = reloader;
    this.bodyLimit = bodyLimit;
    this.paths = paths;
  }

  void ruleset(Context ctx) {
    ReloadResult last = reloader.last();
    Json.send(ctx, RulesetViews.Ruleset.of(active.current(), last == null ? null : hide(last)));
  }

  void history(Context ctx) {
    Json.send(ctx, reloader.history().stream().map(RulesetViews.ActivationView::of).toList());
  }

  /**
   * 200 with the reload when the candidate is in service, or when nothing changed (activated false,
   * no problems: the directory holds the version in service); 422 with every problem when it is
   * refused.
   */
  void reload(Context ctx) {
    ReloadResult result = hide(reloader.reload(who(ctx)));
    if (result.activated() || result.unchanged()) {
      Json.send(ctx, RulesetViews.Reload.of(result));
      return;
    }
    List<ApiError.FieldError> errors = new ArrayList<>();
    result
        .errors()
        .forEach(
            p ->
                errors.add(
                    new ApiError.FieldError(
                        p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.toString())));
    result.examples().forEach(e -> errors.add(new ApiError.FieldError("examples", e)));
    String detail =
        "The rules were refused: "
            + errors.size()
            + (errors.size() == 1 ? " problem" : " problems")
            + ". Version "
            + active.current().version()
            + " stays in service.";
    Json.send(ctx, 422, new ApiError("Unprocessable Content", 422, detail, errors));
  }

  /** The reload as a client may see it: no server path in its problems ({@link ServerPaths}). */
  private ReloadResult hide(ReloadResult r) {
    return new ReloadResult(
        r.activated(),
        r.version(),
        r.at(),
        r.by(),
        paths.hideProblems(r.errors()),
        paths.hideAll(r.examples()));
  }

  /** Who asked, for the activation history: the token's holder and role, or the local user. */
  private static String who(Context ctx) {
    Identity identity = Identity.of(ctx);
    return identity.name().equals(identity.role().id())
        ? identity.role().id()
        : identity.name() + " (" + identity.role().id() + ")";
  }

  /** The check, example tests and impact of a candidate set of files; activates nothing. */
  void check(Context ctx) {
    Json.send(ctx, RulesetViews.Candidate.of(reloader.check(files(ctx)), paths));
  }

  private Map<String, String> files(Context ctx) {
    JsonNode body;
    try {
      body = QiAssistJson.MAPPER.readTree(EvidenceBody.text(ctx, bodyLimit, "candidate rules"));
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse(
          "The candidate rules are not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode files = body == null ? null : body.get("files");
    if (files == null || !files.isObject() || files.isEmpty()) {
      throw new BadRequestResponse(
          "Expected {\"files\": {\"PATH\": \"TEXT\", ...}}: every rule file and policy table, by its path in the rules directory.");
    }
    if (files.size() > MAX_CANDIDATE_FILES) {
      throw new BadRequestResponse(
          "The candidate has "
              + files.size()
              + " files; the limit is "
              + MAX_CANDIDATE_FILES
              + ".");
    }
    Map<String, String> texts = new TreeMap<>();
    for (var e : (Iterable<Map.Entry<String, JsonNode>>) files::fields) {
      if (!e.getValue().isTextual()) {
        throw new BadRequestResponse(
            "files." + e.getKey() + ": expected the file's text as a string.");
      }
      if (e.getKey().contains("..") || e.getKey().startsWith("/")) {
        throw new BadRequestResponse(
            "files." + e.getKey() + ": expected a path inside the rules directory.");
      }
      texts.put(e.getKey(), e.getValue().asText());
    }
    return texts;
  }
}
