package scot.qiassist.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fact model rule files may use: the types they may import, and the members of those types (and
 * of the domain types those members return) that a condition or a conclusion may call.
 *
 * <p>The list of importable types is written here by hand; the callable members are read from those
 * types, keeping only members whose parameters and result are themselves part of the model (or
 * plain values: numbers, text, true/false, lists of facts). A member that returns anything else (a
 * class, a stream, an object of unknown type) is not on the list, so no chain of calls leaves the
 * fact model.
 */
final class FactModel {

  /** The types a rule file may import, by their full name. */
  static final Set<String> IMPORTABLE =
      Set.of(
          "scot.qiassist.evaluation.Reading",
          "scot.qiassist.evaluation.Share",
          "scot.qiassist.evaluation.Conclusion",
          "scot.qiassist.evaluation.Balance",
          "scot.qiassist.evaluation.Criterion",
          "scot.qiassist.evaluation.BoundaryWarning",
          "scot.qiassist.evaluation.EvidenceBase",
          "scot.qiassist.evaluation.Insufficient",
          "scot.qiassist.evaluation.StatementEvidence",
          "scot.qiassist.grade.GradeParameters",
          "scot.qiassist.evidence.Finding",
          "scot.qiassist.evidence.Kind",
          "scot.qiassist.evidence.Weight",
          "scot.qiassist.evidence.Aspect",
          "scot.qiassist.evidence.Measure",
          "scot.qiassist.terms.Band",
          "scot.qiassist.terms.StandardWords",
          "java.util.List");

  /** The members of java.util.List a rule may use: it only ever holds facts from collect. */
  private static final Set<String> LIST_MEMBERS = Set.of("size", "isEmpty", "contains");

  /** Members every object has that say nothing about policy or reach beyond it. */
  private static final Set<String> NEVER =
      Set.of("getClass", "hashCode", "wait", "notify", "notifyAll", "describeConstable");

  private static final Set<Class<?>> VALUES =
      Set.of(
          String.class,
          Integer.class,
          Long.class,
          Double.class,
          Boolean.class,
          Character.class,
          int.class,
          long.class,
          double.class,
          boolean.class,
          char.class);

  private static final FactModel INSTANCE = new FactModel();

  private final Map<String, Class<?>> types = new TreeMap<>();
  private final Set<String> members = new TreeSet<>();
  private final Set<String> constants = new TreeSet<>();

  private FactModel() {
    Deque<Class<?>> todo = new ArrayDeque<>();
    IMPORTABLE.forEach(name -> todo.add(load(name)));
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      types.put(type.getName(), type);
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          constants.add(((Enum<?>) constant).name());
        }
      }
      for (Method m : type.getMethods()) {
        if (allowed(type, m)) {
          members.add(m.getName());
          members.add(property(m.getName()));
          if (domain(m.getReturnType())) {
            todo.add(m.getReturnType());
          }
        }
      }
    }
  }

  static FactModel get() {
    return INSTANCE;
  }

  /** Whether a type name, simple ("Reading") or full, names a type of the model. */
  boolean isType(String name, Collection<String> imported) {
    if (types.containsKey(name)) {
      return IMPORTABLE.contains(name);
    }
    return imported.stream().anyMatch(i -> i.endsWith("." + name));
  }

  /** Whether a method or property of some fact of the model has this name. */
  boolean isMember(String name) {
    return members.contains(name);
  }

  /** Whether an enum constant of the model (Weight.MAJOR, Aspect.SECURE) has this name. */
  boolean isConstant(String name) {
    return constants.contains(name);
  }

  /** The callable members, for the guide and for review. */
  Set<String> members() {
    return java.util.Collections.unmodifiableSet(members);
  }

  private boolean allowed(Class<?> type, Method m) {
    if (NEVER.contains(m.getName()) || m.isSynthetic() || m.isBridge()) {
      return false;
    }
    if (type == List.class) {
      return LIST_MEMBERS.contains(m.getName()) || "of".equals(m.getName());
    }
    if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class) {
      return m.getName().equals("toString") || m.getName().equals("equals");
    }
    if (!Modifier.isPublic(m.getModifiers()) || !plain(m.getReturnType())) {
      return false;
    }
    for (Class<?> p : m.getParameterTypes()) {
      if (!plain(p) && p != Object.class) {
        return false;
      }
    }
    return true;
  }

  /** A value a rule may hold: a number, text, a truth value, a list of facts or a domain fact. */
  private static boolean plain(Class<?> type) {
    return VALUES.contains(type)
        || type == List.class
        || type == Collection.class
        || type == Set.class
        || type == Optional.class
        || domain(type);
  }

  /** A record or enum of the domain packages the fact model lives in. */
  private static boolean domain(Class<?> type) {
    String name = type.getName();
    return (type.isRecord() || type.isEnum() || Modifier.isFinal(type.getModifiers()))
        && (name.startsWith("scot.qiassist.evaluation.")
            || name.startsWith("scot.qiassist.evidence.")
            || name.startsWith("scot.qiassist.terms.")
            || name.startsWith("scot.qiassist.grade."));
  }

  private static String property(String method) {
    if (method.length() > 3
        && method.startsWith("get")
        && Character.isUpperCase(method.charAt(3))) {
      return Character.toLowerCase(method.charAt(3)) + method.substring(4);
    }
    return method;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, FactModel.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the fact model type " + name + " is missing", e);
    }
  }
}
