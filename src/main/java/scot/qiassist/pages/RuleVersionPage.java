package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.reload.VersionCheck;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.versions.FileDiff;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/**
 * The page of one version, {@code /rules/versions/{id}}: its latest check (the check's problems,
 * each example against its expected outcome, with a form to accept the new outcomes where the
 * change is meant, and the impact against its parent, each evaluation linked), the text diff of
 * each file changed against its parent, its files to change, and the way to put it in service.
 */
public final class RuleVersionPage {

  private RuleVersionPage() {}

  /**
   * @param diffs each file changed against its parent (empty without a parent)
   */
  public static String render(PageContext context, VersionDetail detail, List<FileDiff> diffs) {
    VersionEntry v = detail.entry();
    return Layout.page(
        "Version " + v.version(),
        context,
        false,
        h -> {
          RulePages.back(h, RulePages.ROOT, "All versions");
          h.markup("<h1 class=\"govuk-heading-xl\">Version ")
              .element("span", v.version(), "class", "qi-code")
              .markup("</h1>\n<p class=\"govuk-body\">");
          RulePages.tag(h, v.status());
          if (v.inService()) {
            h.markup(" <strong class=\"govuk-tag\">in service</strong>");
          }
          h.markup("</p>\n");
          about(h, v, detail.check());
          activation(h, v);
          if (detail.check() != null) {
            problems(h, detail.check());
            examples(h, context, v, detail.check());
            impact(h, detail.check());
          }
          diffs(h, v, diffs);
          files(h, v, detail);
        });
  }

  private static void about(Html h, VersionEntry v, VersionCheck check) {
    h.markup("<dl class=\"govuk-summary-list\">");
    row(h, "Based on", v.parent() == null ? "nothing: the first version" : v.parent());
    row(
        h,
        "From",
        (v.origin().equals("candidate") ? "a candidate" : "the rules directory")
            + (v.createdBy() == null ? "" : ", " + v.createdBy())
            + ", "
            + RulePages.when(v.createdAt()));
    row(
        h,
        "Latest check",
        check == null
            ? "never checked: it is checked before it is put in service"
            : check.status() + ", " + RulePages.when(check.at()) + ", by " + check.by());
    h.markup("</dl>\n");
  }

  private static void row(Html h, String key, String value) {
    h.markup("<div class=\"govuk-summary-list__row\">")
        .element("dt", key, "class", "govuk-summary-list__key")
        .element("dd", value, "class", "govuk-summary-list__value")
        .markup("</div>");
  }

  private static void activation(Html h, VersionEntry v) {
    if (v.inService()) {
      h.markup("<p class=\"govuk-inset-text\">This version is in service.</p>\n");
    } else if (v.status().equals("passed") || v.status().equals("unchecked")) {
      h.element(
          "a",
          v.activations().isEmpty() ? "Put this version in service" : "Roll back to this version",
          "href",
          RulePages.version(v.version()) + "/activate",
          "role",
          "button",
          "draggable",
          "false",
          "class",
          "govuk-button",
          "data-module",
          "govuk-button");
      h.newline();
    } else {
      h.element(
          "p",
          v.status().equals("refused")
              ? "This version was refused: it is never compiled or put in service. Change the file"
                  + " named below and save it again."
              : "This version cannot be put in service until its check passes: fix the problems"
                  + " below, or accept the new outcomes of the examples where the change is meant.",
          "class",
          "govuk-inset-text");
    }
  }

  private static void problems(Html h, VersionCheck check) {
    List<RuleProblem> errors = check.check().errors();
    if (errors.isEmpty()) {
      return;
    }
    h.markup(
        "<h2 class=\"govuk-heading-l\">Problems in the files</h2>\n<ul class=\"govuk-list govuk-list--bullet\">");
    for (RuleProblem p : errors) {
      h.element("li", p.toString());
    }
    h.markup("</ul>\n");
  }

  private static void examples(Html h, PageContext context, VersionEntry v, VersionCheck check) {
    if (check.examples().isEmpty()) {
      return;
    }
    List<VersionCheck.ExampleCheck> differing =
        check.examples().stream().filter(e -> !e.passed()).toList();
    h.markup("<h2 class=\"govuk-heading-l\">The examples</h2>\n");
    h.element(
        "p",
        differing.isEmpty()
            ? "Every example gives the outcome expected of it."
            : differing.size()
                + " of "
                + check.examples().size()
                + " examples differ from the outcome expected of them. If the change is meant to"
                + " move them, accept their new outcomes below; otherwise change the files again.",
        "class",
        "govuk-body");
    h.markup(
        "<table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String c : List.of("Example", "Expected", "Now", "Result")) {
      h.element("th", c, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (VersionCheck.ExampleCheck e : check.examples()) {
      h.markup("<tr class=\"govuk-table__row\">")
          .element("td", e.example(), "class", "govuk-table__cell")
          .element("td", orDash(e.expectedGrade()), "class", "govuk-table__cell")
          .element("td", orDash(e.grade()), "class", "govuk-table__cell")
          .markup("<td class=\"govuk-table__cell\">");
      if (e.passed()) {
        h.text(e.accepted() ? "as expected (outcome accepted)" : "as expected");
      } else {
        h.markup("<ul class=\"govuk-list\">");
        if (e.problem() != null) {
          h.element("li", e.problem());
        }
        e.differences().forEach(d -> h.element("li", d));
        h.markup("</ul>");
      }
      h.markup("</td></tr>\n");
    }
    h.markup("</tbody></table>\n");
    if (!differing.isEmpty() && v.parent() != null) {
      acceptForm(h, context, v, differing);
    }
  }

  private static void acceptForm(
      Html h, PageContext context, VersionEntry v, List<VersionCheck.ExampleCheck> differing) {
    h.open(
        "form",
        "method",
        "post",
        "action",
        RulePages.version(v.version()) + "/accept",
        "novalidate",
        "novalidate");
    RulePages.formToken(h, context);
    h.markup(
            "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\" aria-describedby=\"accept-hint\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\"><h2 class=\"govuk-fieldset__heading\">Accept the new outcomes</h2></legend>")
        .markup(
            "<div id=\"accept-hint\" class=\"govuk-hint\">Tick each example whose new outcome is what the change means to do. The same files are checked again, with these outcomes as the expected ones.</div>")
        .markup("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">");
    int i = 0;
    for (VersionCheck.ExampleCheck e : differing) {
      String id = "accept-" + i++;
      h.markup("<div class=\"govuk-checkboxes__item\">")
          .open(
              "input",
              "class",
              "govuk-checkboxes__input",
              "id",
              id,
              "name",
              "accept",
              "type",
              "checkbox",
              "value",
              e.example())
          .element(
              "label",
              e.example() + ": now " + orDash(e.grade()),
              "class",
              "govuk-label govuk-checkboxes__label",
              "for",
              id)
          .markup("</div>");
    }
    h.markup("</div></fieldset></div>")
        .markup(
            "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Check again with these outcomes accepted</button></form>\n");
  }

  private static void impact(Html h, VersionCheck check) {
    VersionCheck.ImpactTable impact = check.impact();
    if (impact == null) {
      return;
    }
    h.markup("<h2 class=\"govuk-heading-l\">What changes against version ")
        .element("span", orDash(impact.fromVersion()), "class", "qi-code")
        .markup("</h2>\n");
    h.element(
        "p",
        "Over "
            + impact.examples()
            + " examples and "
            + impact.evaluations()
            + " stored evaluations: grades up "
            + impact.gradesUp()
            + ", grades down "
            + impact.gradesDown()
            + ", key messages gained "
            + impact.keyMessagesGained()
            + ", lost "
            + impact.keyMessagesLost()
            + ".",
        "class",
        "govuk-body");
    if (impact.changes().isEmpty()) {
      h.markup("<p class=\"govuk-body\">No grade and no key message changes.</p>\n");
      return;
    }
    h.markup(
        "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">Each evaluation or example whose grade or key messages change</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String c : List.of("Evidence", "Grade before", "Grade after", "Key messages")) {
      h.element("th", c, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (VersionCheck.ImpactRow r : impact.changes()) {
      h.markup("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
      if (r.evaluation() != null) {
        h.element(
            "a",
            r.name(),
            "class",
            "govuk-link",
            "href",
            "/evaluations/" + Html.segment(r.evaluation()));
      } else {
        h.text(r.name() + " (example)");
      }
      h.markup("</td>")
          .element("td", orDash(r.gradeBefore()), "class", "govuk-table__cell")
          .element("td", orDash(r.gradeAfter()), "class", "govuk-table__cell")
          .markup("<td class=\"govuk-table__cell\"><ul class=\"govuk-list\">");
      if (r.problem() != null) {
        h.element("li", r.problem());
      }
      r.keyMessagesGained().forEach(k -> h.element("li", "gained: " + k));
      r.keyMessagesLost().forEach(k -> h.element("li", "lost: " + k));
      h.markup("</ul></td></tr>\n");
    }
    h.markup("</tbody></table>\n");
  }

  private static void diffs(Html h, VersionEntry v, List<FileDiff> diffs) {
    if (v.parent() == null) {
      return;
    }
    h.markup("<h2 class=\"govuk-heading-l\">Changed files</h2>\n");
    if (diffs.isEmpty()) {
      h.markup("<p class=\"govuk-body\">No file differs from the version it is based on.</p>\n");
    }
    for (FileDiff d : diffs) {
      h.markup("<h3 class=\"govuk-heading-s\">")
          .element("span", d.path(), "class", "qi-code")
          .text(" (" + d.change() + ")")
          .markup("</h3>\n<pre class=\"qi-diff\" tabindex=\"0\">");
      for (String line : d.lines()) {
        String kind =
            line.startsWith("@@")
                ? "qi-diff__hunk"
                : line.startsWith("+")
                    ? "qi-diff__added"
                    : line.startsWith("-") ? "qi-diff__removed" : "qi-diff__same";
        h.element("span", line, "class", kind).newline();
      }
      h.markup("</pre>\n");
    }
  }

  private static void files(Html h, VersionEntry v, VersionDetail detail) {
    h.markup("<h2 class=\"govuk-heading-l\">Files</h2>\n");
    h.markup(
            "<p class=\"govuk-body\">Changing a file saves a new candidate based on this version; this version stays as it is. ")
        .element(
            "a",
            "Download this version as a zip",
            "class",
            "govuk-link",
            "href",
            RulePages.version(v.version()) + "/export")
        .markup(" (its rules and the examples' expected outcomes, to commit to git).</p>\n");
    h.markup("<ul class=\"govuk-list\">");
    for (String path : detail.files().keySet()) {
      h.markup("<li>")
          .element(
              "a",
              path,
              "class",
              "govuk-link qi-code",
              "href",
              RulePages.version(v.version()) + "/edit?file=" + Html.segment(path))
          .markup("</li>");
    }
    h.markup("</ul>\n");
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
