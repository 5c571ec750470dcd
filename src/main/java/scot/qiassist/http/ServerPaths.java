package scot.qiassist.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.qiassist.rules.RuleProblem;

/**
 * Keeps where the service keeps its files out of what it tells a client: a path below the rules
 * directory is named relative to it ("statements/statement-1-safety.drl"), as every rule problem
 * names its file; a path below the service's working directory relative to that
 * ("examples/north-lanarkshire-2023.json"); and either directory itself by what it is ("the rules
 * directory"). A caller learns which file to fix, never how the server's disk is laid out.
 */
final class ServerPaths {

  static final String RULES_DIRECTORY = "the rules directory";
  static final String WORKING_DIRECTORY = "the service's directory";

  /** Each absolute directory, longest first, with the words that name it. */
  private final Map<String, String> roots;

  private ServerPaths(Map<String, String> roots) {
    this.roots = roots;
  }

  /** The rules directory as given at start (relative or absolute) and the working directory. */
  static ServerPaths of(Path rulesDirectory) {
    Map<String, String> roots = new LinkedHashMap<>();
    for (String root : forms(rulesDirectory)) {
      roots.put(root, RULES_DIRECTORY);
    }
    for (String root : forms(Path.of(""))) {
      roots.putIfAbsent(root, WORKING_DIRECTORY);
    }
    List<String> longestFirst = new ArrayList<>(roots.keySet());
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    Map<String, String> ordered = new LinkedHashMap<>();
    longestFirst.forEach(r -> ordered.put(r, roots.get(r)));
    return new ServerPaths(ordered);
  }

  /** The text with every server path in it named relative to its root. */
  String hide(String text) {
    if (text == null) {
      return null;
    }
    String hidden = text;
    for (var root : roots.entrySet()) {
      String quoted = Pattern.quote(root.getKey());
      hidden = hidden.replaceAll(quoted + "[/\\\\]", "");
      hidden = hidden.replaceAll(quoted + "(?![\\w.-])", Matcher.quoteReplacement(root.getValue()));
    }
    return hidden;
  }

  RuleProblem hide(RuleProblem p) {
    return new RuleProblem(
        hide(p.file()), p.line(), p.column(), p.rule(), hide(p.message()), hide(p.hint()));
  }

  List<RuleProblem> hideProblems(List<RuleProblem> problems) {
    return problems.stream().map(this::hide).toList();
  }

  List<String> hideAll(List<String> texts) {
    return texts.stream().map(this::hide).toList();
  }

  ApiError hide(ApiError error) {
    return new ApiError(
        error.title(),
        error.status(),
        hide(error.detail()),
        error.errors().stream()
            .map(e -> new ApiError.FieldError(hide(e.path()), hide(e.message())))
            .toList());
  }

  /**
   * A directory's absolute forms: as resolved against the working directory, and with links
   * followed when it exists. The file system's root is no directory to hide.
   */
  private static List<String> forms(Path directory) {
    List<String> forms = new ArrayList<>();
    Path absolute = directory.toAbsolutePath().normalize();
    if (absolute.getNameCount() > 0) {
      forms.add(absolute.toString());
    }
    try {
      Path real = directory.toRealPath();
      if (real.getNameCount() > 0 && !forms.contains(real.toString())) {
        forms.add(real.toString());
      }
    } catch (IOException e) {
      // A directory that does not exist (yet) has only its absolute form.
    }
    return forms;
  }
}
