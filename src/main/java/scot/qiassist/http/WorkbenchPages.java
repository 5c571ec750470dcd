package scot.qiassist.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Problem;
import scot.qiassist.pages.ActivationPage;
import scot.qiassist.pages.RuleFilePage;
import scot.qiassist.pages.RuleVersionPage;
import scot.qiassist.pages.RuleVersionsPage;
import scot.qiassist.versions.ActivationRefusedException;
import scot.qiassist.versions.Candidate;
import scot.qiassist.versions.FileDiff;
import scot.qiassist.versions.InvalidRequestException;
import scot.qiassist.versions.UnknownVersionException;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionExport;
import scot.qiassist.versions.Workbench;

/**
 * The rules workbench's pages for policy staff: the versions and their history; a version with its
 * check, diff and files; a file changed in a text area and saved as a candidate; the new outcomes
 * of examples accepted; a version put in service, or an earlier one again, after a confirmation.
 * Plain forms, each carrying the session's form token; post, redirect, get.
 */
final class WorkbenchPages {

  private final Workbench workbench;

  WorkbenchPages(Workbench workbench) {
    this.workbench = workbench;
  }

  void versions(Context ctx) {
    String inService = workbench.inService();
    String activated = ctx.queryParam("activated");
    ctx.html(
        RuleVersionsPage.render(
            SessionAccess.pageContext(ctx),
            inService,
            workbench.list(),
            workbench.history(),
            inService.equals(activated) ? "Version " + inService + " is in service." : null));
  }

  void version(Context ctx) {
    VersionDetail detail = detail(ctx);
    String parent = detail.entry().parent();
    List<FileDiff> diffs =
        parent == null ? List.of() : FileDiff.between(workbench.files(parent), detail.files());
    ctx.html(RuleVersionPage.render(SessionAccess.pageContext(ctx), detail, diffs));
  }

  void editForm(Context ctx) {
    VersionDetail detail = detail(ctx);
    String path = fileOf(ctx, detail, ctx.queryParam("file"));
    ctx.html(
        RuleFilePage.render(
            SessionAccess.pageContext(ctx),
            detail.entry().version(),
            path,
            detail.files().get(path),
            List.of()));
  }

  /** The changed file saved as a candidate based on this version; on to the candidate's page. */
  void edit(Context ctx) {
    VersionDetail detail = detail(ctx);
    String path = fileOf(ctx, detail, ctx.formParam("file"));
    // A browser sends a text area's line breaks as CRLF; the files keep LF, as saved in git.
    String text = String.valueOf(ctx.formParam("text")).replace("\r\n", "\n");
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put(path, text);
    try {
      Workbench.Submitted submitted =
          workbench.submit(Candidate.of(detail.entry().version(), changes, List.of()), Who.of(ctx));
      Redirect.seeOther(ctx, "/rules/versions/" + submitted.check().version());
    } catch (InvalidRequestException e) {
      ctx.status(400)
          .html(
              RuleFilePage.render(
                  SessionAccess.pageContext(ctx),
                  detail.entry().version(),
                  path,
                  text,
                  messages(e)));
    }
  }

  /** The same files checked again with the ticked examples' new outcomes as the expected ones. */
  void accept(Context ctx) {
    VersionDetail detail = detail(ctx);
    List<String> accept = ctx.formParams("accept");
    String parent = detail.entry().parent();
    if (accept.isEmpty() || parent == null) {
      throw new PageFailure(
          400,
          "Nothing to accept",
          "Tick at least one example whose new outcome the change means to give, then send the"
              + " form again.");
    }
    Map<String, String> changes = new LinkedHashMap<>();
    workbench.files(parent).keySet().forEach(p -> changes.put(p, null));
    changes.putAll(detail.files());
    try {
      workbench.submit(Candidate.of(parent, changes, accept), Who.of(ctx));
    } catch (InvalidRequestException e) {
      throw new PageFailure(400, "The outcomes could not be accepted", e.getMessage() + ".");
    }
    Redirect.seeOther(ctx, "/rules/versions/" + detail.entry().version());
  }

  void confirm(Context ctx) {
    VersionDetail detail = detail(ctx);
    ctx.html(
        ActivationPage.render(
            SessionAccess.pageContext(ctx), detail, workbench.inService(), "", List.of()));
  }

  /** Puts the version in service once confirmed with a note; on to the versions and history. */
  void activate(Context ctx) {
    VersionDetail detail = detail(ctx);
    String note = ctx.formParam("note");
    String id = detail.entry().version();
    int status;
    List<String> problems;
    try {
      workbench.activate(id, Who.of(ctx), note);
      Redirect.seeOther(ctx, "/rules?activated=" + id);
      return;
    } catch (InvalidRequestException e) {
      status = 400;
      problems = messages(e);
    } catch (ActivationRefusedException e) {
      status = 409;
      problems = List.of(sentence(e.getMessage()));
    }
    ctx.status(status)
        .html(
            ActivationPage.render(
                SessionAccess.pageContext(ctx),
                detail,
                workbench.inService(),
                note == null ? "" : note,
                problems));
  }

  void export(Context ctx) {
    VersionDetail detail = detail(ctx);
    String id = detail.entry().version();
    ctx.contentType("application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"" + VersionExport.fileName(id) + "\"")
        .result(VersionExport.zip(detail));
  }

  private VersionDetail detail(Context ctx) {
    try {
      return workbench.get(ctx.pathParam("id"));
    } catch (UnknownVersionException e) {
      throw new PageFailure(404, "Version not found", sentence(e.getMessage()));
    }
  }

  private static String fileOf(Context ctx, VersionDetail detail, String path) {
    if (path == null || !detail.files().containsKey(path)) {
      throw new PageFailure(
          404,
          "File not found",
          "Version "
              + detail.entry().version()
              + " has no file '"
              + (path == null ? "" : path)
              + "'; its page lists its files.");
    }
    return path;
  }

  private static List<String> messages(InvalidRequestException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static String sentence(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }
}
