package scot.qiassist.evaluation;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of rule text with the facts a rule matched.
 *
 * <p>{@code {staff}} is the matched fact as a person reads it ("1,200 of 1,316 staff survey
 * responses (91%): almost all (90% up to 99%)"); {@code {staff.word}} is one of its fields, and
 * {@code {staff.Word}} the same with a capital first letter. Only record fields of the fact model
 * are read, with {@code {params.good-ratio}} for a number of the grade parameters table and {@code
 * {base.missing}} for the statements an evidence base lacks; an unknown placeholder is left as
 * written, so that a check can find it. "{{" stands for a literal "{": text that is data, such as
 * an inspector's finding, is escaped with {@link #literal(String)} so that it is shown exactly as
 * written.
 */
public final class Templates {

  /**
   * The one placeholder pattern: "{{" (a literal brace), or {fact} or {fact.field}, a field's name
   * possibly with hyphens (params.good-ratio).
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\{(\\w+)(?:\\.([\\w-]+))?}");

  private Templates() {}

  /** The fact names a template's placeholders refer to, in order: "{staff.word}" gives "staff". */
  public static java.util.List<String> factsNamed(String template) {
    java.util.List<String> names = new java.util.ArrayList<>();
    if (template == null) {
      return names;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (m.group(1) != null) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  public static String fill(String template, Map<String, Object> bindings) {
    if (template == null || template.indexOf('{') < 0) {
      return template;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int written = 0;
    while (m.find()) {
      if (m.group().equals("{{")) {
        out.append(template, written, m.start()).append('{');
        written = m.end();
        continue;
      }
      Object fact = bindings.get(m.group(1));
      String value =
          fact == null
              ? null
              : m.group(2) == null ? Describe.fact(fact) : property(fact, m.group(2));
      // Appended as is: appendReplacement would parse each value for $ groups, on every firing.
      out.append(template, written, m.start()).append(value == null ? m.group() : value);
      written = m.end();
    }
    return out.append(template, written, template.length()).toString();
  }

  /** Text to be shown as written, whatever braces it holds. */
  public static String literal(String text) {
    return text.replace("{", "{{");
  }

  private static String property(Object fact, String name) {
    boolean capital = Character.isUpperCase(name.charAt(0));
    String field = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    String value = read(fact, field);
    if (value == null || !capital || value.isEmpty()) {
      return value;
    }
    return Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  private static String read(Object fact, String field) {
    if (fact instanceof scot.qiassist.grade.GradeParameters p) {
      return p.text(field);
    }
    if (fact instanceof EvidenceBase b) {
      switch (field) {
        case "missing":
          return b.missingText();
        case "statements":
          return b.statementsText();
        case "unusedSamples":
          return b.unusedSamplesText();
        case "recordStatements":
          return Describe.statements(b.statementsWithRecordFigures());
        default:
          break;
      }
    }
    if (fact instanceof Reading r) {
      switch (field) {
        case "word":
          return r.word();
        case "sentence":
          return r.sentence();
        case "figures":
          return r.figures();
        case "range":
          return r.band().range();
        default:
          break;
      }
    }
    Class<?> type = fact.getClass();
    if (!type.isRecord() || !type.getPackageName().startsWith("scot.qiassist")) {
      return null;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(field)) {
        try {
          return Describe.fact(c.getAccessor().invoke(fact));
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }
}
