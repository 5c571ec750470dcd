package scot.qiassist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The qi-assist command line: evaluate evidence, and the tools that go with it. */
@Command(
    name = "qi-assist",
    mixinStandardHelpOptions = true,
    version = "QI Assist 0.1.0",
    description =
        "Evaluates the evidence of a joint inspection against the rule files: key messages and the QI 2.1 grade, every conclusion explained.",
    subcommands = {
      EvaluateCommand.class,
      WhatIfCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      TestCommand.class,
      ImpactCommand.class,
      ReportCommand.class,
      WordingCommand.class,
      TemplateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:an unexpected failure (please report it)",
      "2:the input is invalid (the message names each problem)",
      "3:the rule files have problems (the message names file and line)",
      "4:test: an example's outcome differs from its expected outcome",
      "5:wording: the draft has quantity words that are flagged"
    })
public final class QiAssist {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with QI Assist's exit codes and error handling, for main and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new QiAssist());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println(ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println(
                  "Run 'qi-assist help " + ex.getCommandLine().getCommandName() + "' for usage.");
          return ExitCodes.INVALID_INPUT;
        });
    return cli;
  }
}
