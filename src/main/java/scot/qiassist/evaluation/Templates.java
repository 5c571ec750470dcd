package scot.qiassist.evaluation;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    return fill(template, bindings, Descriptions.uncached());
  }

  /**
   * The same, describing matched facts through {@code describe}: an evaluation passes one that
   * remembers each fact's description, since many firings match the same reading.
   */
  static String fill(String template, Map<String, Object> bindings, Descriptions describe) {
    if (template == null || template.indexOf('{') < 0) {
      return template;
    }
    return parsed(template).fill(bindings, describe);
  }

  /**
   * Templates already parsed, by their text: a rule set's explanations and sentences are a few
   * hundred texts filled again on every firing. Bounded, since a finding's text is data: past the
   * bound the cache starts again, which costs one parse per text.
   */
  private static final int CACHED_TEMPLATES = 4096;

  private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

  private static Parsed parsed(String template) {
    Parsed p = PARSED.get(template);
    if (p == null) {
      if (PARSED.size() >= CACHED_TEMPLATES) {
        PARSED.clear();
      }
      p = Parsed.of(template);
      PARSED.put(template, p);
    }
    return p;
  }

  /**
   * A template cut into its parts: text as written, and placeholders with the fact and field they
   * name (field null for the whole fact).
   */
  private record Parsed(List<Object> parts, int length) {

    /**
     * A placeholder as written, the fact it names, and the field (null for the whole fact) in the
     * form of the record component, with whether its value starts with a capital.
     */
    private record Placeholder(String written, String fact, String field, boolean capital) {

      static Placeholder of(String written, String fact, String field) {
        if (field == null) {
          return new Placeholder(written, fact, null, false);
        }
        return new Placeholder(
            written,
            fact,
            Character.toLowerCase(field.charAt(0)) + field.substring(1),
            Character.isUpperCase(field.charAt(0)));
      }
    }

    static Parsed of(String template) {
      List<Object> parts = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(template);
      StringBuilder text = new StringBuilder();
      int written = 0;
      while (m.find()) {
        text.append(template, written, m.start());
        written = m.end();
        if (m.group().equals("{{")) {
          text.append('{');
          continue;
        }
        if (text.length() > 0) {
          parts.add(text.toString());
          text.setLength(0);
        }
        parts.add(Placeholder.of(m.group(), m.group(1), m.group(2)));
      }
      text.append(template, written, template.length());
      if (text.length() > 0) {
        parts.add(text.toString());
      }
      return new Parsed(List.copyOf(parts), template.length());
    }

    String fill(Map<String, Object> bindings, Descriptions describe) {
      StringBuilder out = new StringBuilder(length + 64);
      for (Object part : parts) {
        if (part instanceof Placeholder p) {
          Object fact = bindings.get(p.fact());
          String value =
              fact == null ? null : p.field() == null ? describe.of(fact) : property(fact, p);
          out.append(value == null ? p.written() : value);
        } else {
          out.append((String) part);
        }
      }
      return out.toString();
    }
  }

  /** Text to be shown as written, whatever braces it holds. */
  public static String literal(String text) {
    return text.replace("{", "{{");
  }

  private static String property(Object fact, Parsed.Placeholder p) {
    String value = read(fact, p.field());
    if (value == null || !p.capital() || value.isEmpty()) {
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
    Method accessor = ACCESSORS.get(fact.getClass()).get(field);
    if (accessor == null) {
      return null;
    }
    try {
      return Describe.fact(accessor.invoke(fact));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * The fields a placeholder may read of each type: the record components of the fact model's
   * records, looked up once per type. Any other type has none.
   */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          if (!type.isRecord() || !type.getPackageName().startsWith("scot.qiassist")) {
            return Map.of();
          }
          Map<String, Method> accessors = new HashMap<>();
          for (RecordComponent c : type.getRecordComponents()) {
            accessors.put(c.getName(), c.getAccessor());
          }
          return Map.copyOf(accessors);
        }
      };
}
