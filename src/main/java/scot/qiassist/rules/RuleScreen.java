package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.qiassist.terms.StandardWords;

/**
 * Refuses rule files that reach beyond their job, before they are compiled.
 *
 * <p>Rules classify evidence, conclude and insert facts of the fact model. They may import only
 * that model and may not name Java packages or the classes that reach files, the network,
 * processes, threads, reflection or the engine itself; they may not change or remove facts. The
 * screen reads the file with comments and quoted text blanked out, so wording inside names and
 * explanations is free.
 */
final class RuleScreen {

  static final Set<String> FACT_MODEL =
      Set.of(
          "scot.qiassist.evaluation.Reading",
          "scot.qiassist.evaluation.Share",
          "scot.qiassist.evaluation.Conclusion",
          "scot.qiassist.evaluation.Balance",
          "scot.qiassist.evaluation.Criterion",
          "scot.qiassist.evaluation.BoundaryWarning",
          "scot.qiassist.evaluation.EvidenceBase",
          "scot.qiassist.evaluation.Insufficient",
          "scot.qiassist.grade.GradeParameters",
          "scot.qiassist.evidence.Finding",
          "scot.qiassist.evidence.Kind",
          "scot.qiassist.evidence.Weight",
          "scot.qiassist.evidence.Aspect",
          "scot.qiassist.evidence.Measure",
          "scot.qiassist.terms.Band",
          "scot.qiassist.terms.StandardWords",
          "java.util.List");

  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.*]+)\\s*;?");
  private static final Pattern PACKAGE_NAME =
      Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|io|kotlin|scot)\\s*\\.");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(System|Runtime|ProcessBuilder|Process|ProcessHandle|Thread|ThreadLocal|Class|ClassLoader|"
              + "SecurityManager|Method|Field|Constructor|MethodHandles|File|Files|Path|Paths|Socket|"
              + "ServerSocket|URL|URI|HttpClient|Executors|ForkJoinPool|CompletableFuture|getClass|forName|"
              + "exec|drools|kcontext|eval|function|modify|update|delete|retract|global)\\b");
  private static final Pattern WORD_TEST =
      Pattern.compile("\\b(?:atLeast|atMost|is)\\(\\s*\"([^\"]*)\"\\s*\\)");

  private RuleScreen() {}

  static List<RuleProblem> check(String file, String text, StandardWords words) {
    List<RuleProblem> problems = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    String[] lines = blankCommentsAndStrings(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      Matcher imp = IMPORT.matcher(line);
      if (imp.find()) {
        if (!FACT_MODEL.contains(imp.group(1))) {
          problems.add(
              RuleProblem.at(
                      file,
                      number,
                      "imports '" + imp.group(1) + "', which is not part of the fact model")
                  .withHint(
                      "rule files may import only: "
                          + String.join(", ", FACT_MODEL.stream().sorted().toList())
                          + "."));
        }
        continue;
      }
      Matcher pkg = PACKAGE_NAME.matcher(line);
      if (!line.stripLeading().startsWith("package") && pkg.find()) {
        problems.add(
            RuleProblem.at(
                    file,
                    number,
                    "names the Java package '" + pkg.group(1) + ".', which rule files may not use")
                .withHint("use the fact types imported at the top of the file."));
      }
      Matcher bad = FORBIDDEN.matcher(line);
      if (bad.find()) {
        problems.add(
            RuleProblem.at(
                    file,
                    number,
                    "uses '"
                        + bad.group(1)
                        + "', which rule files may not use: rules only match facts and insert new ones;"
                        + " they cannot change or remove facts, or reach files, the network, processes or the engine")
                .withHint(
                    "write the condition with the fact types, and the conclusion with insert( ... )."));
      }
      if (words != null) {
        checkWords(file, number, raw[i], words, problems);
      }
    }
    return problems;
  }

  private static void checkWords(
      String file, int number, String line, StandardWords words, List<RuleProblem> problems) {
    if (line.stripLeading().startsWith("//")) {
      return;
    }
    Matcher m = WORD_TEST.matcher(line);
    while (m.find()) {
      if (words.find(m.group(1)).isEmpty()) {
        problems.add(
            RuleProblem.at(file, number, "'" + m.group(1) + "' is not a standard word")
                .withHint(
                    "the standard words are " + words.words() + " (terms/standard-words.csv)."));
      }
    }
  }

  /** The text with comments and quoted strings replaced by spaces, keeping every line break. */
  static String blankCommentsAndStrings(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        int stop = end < 0 ? text.length() : end + 2;
        for (; i < stop; i++) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else if (c == '"') {
        out.append('"');
        i++;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            out.append(' ');
            i++;
          }
          out.append(' ');
          i++;
        }
        if (i < text.length() && text.charAt(i) == '"') {
          out.append('"');
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
