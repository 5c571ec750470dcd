package scot.qiassist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the qi-assist command line in this JVM: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = QiAssist.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
