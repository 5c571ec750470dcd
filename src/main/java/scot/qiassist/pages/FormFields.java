package scot.qiassist.pages;

import java.util.Map;

/**
 * The fields of one GOV.UK Design System form, for its template: each holds the value typed and,
 * when it has a problem, its message (the templates under {@code drafting/field-*.jte} mark it in
 * error). A field's id is the form's prefix and the field's name ("figure-count"): what the error
 * summary links to.
 */
public final class FormFields {

  /**
   * One choice of a set of radios or a select.
   *
   * @param search the words a page's script filters the choices by, in lower case, or null
   */
  public record Choice(String value, String label, String hint, boolean disabled, String search) {
    public Choice(String value, String label, String hint) {
      this(value, label, hint, false, null);
    }
  }

  /**
   * One field as its template writes it.
   *
   * @param value the value to show, or null
   * @param error the field's problem, or null
   */
  public record Field(String id, String name, String value, String error) {

    public String hintId() {
      return id + "-hint";
    }

    public String errorId() {
      return id + "-error";
    }

    /** What the field is described by: its hint (when it has one) and its error, or null. */
    public String describedBy(String hint) {
      String ids =
          ((hint == null ? "" : hintId() + " ") + (error == null ? "" : errorId())).strip();
      return ids.isEmpty() ? null : ids;
    }

    /** A radio's or option's value is the one chosen (none chosen counts as ""). */
    public boolean chosen(String choice) {
      return choice.equals(value == null ? "" : value);
    }

    /** A radio's id: the first has the field's, the others the field's and their value. */
    public String choiceId(int index, Choice c) {
      return index == 0 ? id : id + "-" + c.value();
    }

    /** A radio's own hint: named by its value, apart from the hint of the whole set. */
    public String choiceHintId(Choice c) {
      return id + "-" + c.value() + "-item-hint";
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

  /** The field of this name, with its value and its problem. */
  public Field field(String name) {
    return new Field(prefix + "-" + name, name, values.get(name), errors.get(name));
  }

  String value(String field) {
    return values.get(field);
  }
}
