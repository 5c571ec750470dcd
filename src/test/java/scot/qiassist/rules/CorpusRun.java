package scot.qiassist.rules;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import scot.qiassist.cli.QiAssist;

/**
 * Runs {@code qi-assist check} and {@code qi-assist test} over each rules directory given, in this
 * process, and prints each command's exit code and output: the escape corpus's child process.
 */
final class CorpusRun {

  static final String SEPARATOR = "\n=== ";

  private CorpusRun() {}

  public static void main(String[] directories) {
    StringBuilder report = new StringBuilder();
    for (String directory : directories) {
      for (String command : new String[] {"check", "test"}) {
        StringWriter out = new StringWriter();
        CommandLine cli = QiAssist.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(command, "--rules", directory);
        report.append(SEPARATOR).append(directory).append(' ').append(command).append(' ');
        report.append(exit).append('\n').append(out);
      }
    }
    System.out.print(report);
    System.out.flush();
    System.exit(0);
  }
}
