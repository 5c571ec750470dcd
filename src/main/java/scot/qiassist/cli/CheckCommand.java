package scot.qiassist.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleLint;

/** {@code qi-assist check}: compiles and lints the rule files, for policy staff. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Compiles the rule files and checks them: each problem with its file, line, rule and a hint. Exit 0 when clean, 3 on errors.")
final class CheckCommand implements Callable<Integer> {

  @Mixin RulesOption rules;

  @Option(names = "--strict", description = "fail on warnings too")
  boolean strict;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CheckReport report = RuleLint.check(rules.resolve());
    var out = spec.commandLine().getOut();
    report.errors().forEach(p -> out.println("error: " + p));
    report.warnings().forEach(p -> out.println("warning: " + p));
    report.notes().forEach(p -> out.println("note: " + p));
    out.println(summary(report));
    out.flush();
    return report.passes(strict) ? ExitCodes.OK : ExitCodes.RULE_PROBLEMS;
  }

  private String summary(CheckReport report) {
    String where = rules.resolve().toString();
    if (report.version() == null) {
      return where + ": the rules do not compile (" + count(report.errors().size(), "error") + ").";
    }
    return where
        + " (version "
        + report.version()
        + ", "
        + report.rules()
        + " rules): "
        + count(report.errors().size(), "error")
        + ", "
        + count(report.warnings().size(), "warning")
        + (report.passes(strict)
            ? ". The rules pass."
            : strict && report.errors().isEmpty() ? "; --strict makes warnings fail." : ".");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
