package scot.qiassist.pages;

import java.util.List;
import java.util.Map;

/**
 * GOV.UK Design System form fields for one form: each holds the value typed and, when it has a
 * problem, is marked in error with its message beside it. A field's id is the form's prefix and the
 * field's name ("figure-count"): what the error summary links to.
 */
final class FormFields {

  /**
   * One choice of a set of radios or a select.
   *
   * @param search the words a page's script filters the choices by, in lower case, or null
   */
  record Choice(String value, String label, String hint, boolean disabled, String search) {
    Choice(String value, String label, String hint) {
      this(value, label, hint, false, null);
    }
  }

  private final String prefix;
  private final Map<String, String> values;
  private final Map<String, String> errors;

  FormFields(String prefix, Map<String, String> values, Map<String, String> errors) {
    this.prefix = prefix;
    this.values = values;
    this.errors = errors;
  }

  String id(String field) {
    return prefix + "-" + field;
  }

  String value(String field) {
    return values.get(field);
  }

  /** A one-line text input; {@code width} is a GOV.UK width class or null. */
  void text(Html h, String field, String label, String hint, String width, String inputmode) {
    String error = errors.get(field);
    start(h, error)
        .element("label", label, "class", "govuk-label govuk-label--s", "for", id(field));
    hintAndError(h, field, hint, error);
    h.open(
        "input",
        "class",
        "govuk-input"
            + (width == null ? "" : " " + width)
            + (error == null ? "" : " govuk-input--error"),
        "id",
        id(field),
        "name",
        field,
        "type",
        "text",
        "value",
        values.get(field),
        "inputmode",
        inputmode,
        "spellcheck",
        inputmode == null ? null : "false",
        "aria-describedby",
        describedBy(field, hint, error));
    h.markup("</div>\n");
  }

  /** A text input offering suggestions from a datalist of the page. */
  void suggested(Html h, String field, String label, String hint, String list) {
    String error = errors.get(field);
    start(h, error)
        .element("label", label, "class", "govuk-label govuk-label--s", "for", id(field));
    hintAndError(h, field, hint, error);
    h.open(
        "input",
        "class",
        "govuk-input govuk-!-width-two-thirds" + (error == null ? "" : " govuk-input--error"),
        "id",
        id(field),
        "name",
        field,
        "type",
        "text",
        "value",
        values.get(field),
        "list",
        list,
        "autocomplete",
        "off",
        "aria-describedby",
        describedBy(field, hint, error));
    h.markup("</div>\n");
  }

  void textarea(Html h, String field, String label, String hint, int rows) {
    String error = errors.get(field);
    start(h, error)
        .element("label", label, "class", "govuk-label govuk-label--s", "for", id(field));
    hintAndError(h, field, hint, error);
    h.open(
            "textarea",
            "class",
            "govuk-textarea" + (error == null ? "" : " govuk-textarea--error"),
            "id",
            id(field),
            "name",
            field,
            "rows",
            String.valueOf(rows),
            "aria-describedby",
            describedBy(field, hint, error))
        .text(values.get(field) == null ? "" : values.get(field))
        .markup("</textarea></div>\n");
  }

  /** A select of value and label pairs, the first usually "none". */
  void select(Html h, String field, String label, String hint, List<Choice> options) {
    String error = errors.get(field);
    start(h, error)
        .element("label", label, "class", "govuk-label govuk-label--s", "for", id(field));
    hintAndError(h, field, hint, error);
    h.open(
        "select",
        "class",
        "govuk-select" + (error == null ? "" : " govuk-select--error"),
        "id",
        id(field),
        "name",
        field,
        "aria-describedby",
        describedBy(field, hint, error));
    String chosen = values.get(field);
    for (Choice o : options) {
      h.element(
          "option",
          o.label(),
          "value",
          o.value(),
          "selected",
          o.value().equals(chosen == null ? "" : chosen) ? "selected" : null);
    }
    h.markup("</select></div>\n");
  }

  /** Radios in a fieldset; the first radio has the field's id, the others its id and value. */
  void radios(
      Html h, String field, String legend, String hint, List<Choice> choices, boolean small) {
    String error = errors.get(field);
    start(h, error)
        .open(
            "fieldset",
            "class",
            "govuk-fieldset",
            "aria-describedby",
            describedBy(field, hint, error))
        .element("legend", legend, "class", "govuk-fieldset__legend govuk-fieldset__legend--s");
    hintAndError(h, field, hint, error);
    h.open(
        "div",
        "class",
        "govuk-radios" + (small ? " govuk-radios--small" : ""),
        "data-module",
        "govuk-radios");
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      String id = i == 0 ? id(field) : id(field) + "-" + c.value();
      h.open("div", "class", "govuk-radios__item", "data-search", c.search())
          .open(
              "input",
              "class",
              "govuk-radios__input",
              "id",
              id,
              "name",
              field,
              "type",
              "radio",
              "value",
              c.value(),
              "checked",
              c.value().equals(values.get(field)) ? "checked" : null,
              "disabled",
              c.disabled() ? "disabled" : null,
              "aria-describedby",
              c.hint() == null ? null : itemHint(field, c))
          .element("label", c.label(), "class", "govuk-label govuk-radios__label", "for", id);
      if (c.hint() != null) {
        h.element(
            "div", c.hint(), "class", "govuk-hint govuk-radios__hint", "id", itemHint(field, c));
      }
      h.markup("</div>");
    }
    h.markup("</div></fieldset></div>\n");
  }

  /** One checkbox: checked sends "yes". */
  void checkbox(Html h, String field, String label, String hint) {
    String error = errors.get(field);
    start(h, error).markup("<div class=\"govuk-checkboxes govuk-checkboxes--small\">");
    if (error != null) {
      errorMessage(h, field, error);
    }
    h.markup("<div class=\"govuk-checkboxes__item\">")
        .open(
            "input",
            "class",
            "govuk-checkboxes__input",
            "id",
            id(field),
            "name",
            field,
            "type",
            "checkbox",
            "value",
            "yes",
            "checked",
            "yes".equals(values.get(field)) ? "checked" : null,
            "aria-describedby",
            describedBy(field, hint, error))
        .element("label", label, "class", "govuk-label govuk-checkboxes__label", "for", id(field));
    if (hint != null) {
      h.element(
          "div", hint, "class", "govuk-hint govuk-checkboxes__hint", "id", id(field) + "-hint");
    }
    h.markup("</div></div></div>\n");
  }

  /**
   * The error summary at the top of a page: each problem a link to its field.
   *
   * @param links each problem's field id and words
   */
  static void errorSummary(Html h, List<Map.Entry<String, String>> links) {
    if (links.isEmpty()) {
      return;
    }
    h.markup(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\" tabindex=\"-1\" id=\"error-summary\">")
        .markup(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
        .markup(
            "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
    for (Map.Entry<String, String> link : links) {
      h.markup("<li>").element("a", link.getValue(), "href", link.getKey()).markup("</li>");
    }
    h.markup("</ul></div></div></div>\n");
  }

  /** A radio's own hint: named by its value, apart from the hint of the whole set. */
  private String itemHint(String field, Choice c) {
    return id(field) + "-" + c.value() + "-item-hint";
  }

  private static Html start(Html h, String error) {
    return h.markup(
        error == null
            ? "<div class=\"govuk-form-group\">"
            : "<div class=\"govuk-form-group govuk-form-group--error\">");
  }

  private void hintAndError(Html h, String field, String hint, String error) {
    if (hint != null) {
      h.element("div", hint, "class", "govuk-hint", "id", id(field) + "-hint");
    }
    if (error != null) {
      errorMessage(h, field, error);
    }
  }

  private void errorMessage(Html h, String field, String error) {
    h.open("p", "class", "govuk-error-message", "id", id(field) + "-error")
        .markup("<span class=\"govuk-visually-hidden\">Error:</span> ")
        .text(error)
        .close("p");
  }

  private String describedBy(String field, String hint, String error) {
    String ids =
        ((hint == null ? "" : id(field) + "-hint ") + (error == null ? "" : id(field) + "-error"))
            .strip();
    return ids.isEmpty() ? null : ids;
  }
}
