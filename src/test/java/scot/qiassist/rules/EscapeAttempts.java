package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule files written to run code, read secrets or hold the service: each is one file added to a
 * copy of the rules as {@value #FILE}. {@code CANARY} in a text stands for the path of a file the
 * attempt tries to create, {@code QI_CANARY} is the environment variable it tries to read.
 */
final class EscapeAttempts {

  static final String FILE = "statements/zz-attempt.drl";

  /** One attempt: what it tries, and the whole rule file. */
  record Attempt(String name, String text) {
    @Override
    public String toString() {
      return name;
    }

    String withCanary(String canaryPath) {
      return text.replace("CANARY", canaryPath);
    }
  }

  private static final String HEAD =
      """
      package qiassist.attempt;

      import scot.qiassist.evaluation.Reading;
      import scot.qiassist.evaluation.Conclusion;
      import scot.qiassist.evidence.Weight;
      import scot.qiassist.evidence.Aspect;
      """;

  private static final String INSERT =
      "insert( Conclusion.strength(1, Weight.MINOR, Aspect.SECURE, \"An attempt.\") );";

  private static final String CREATE = "new java.io.File(\"CANARY\").createNewFile();";

  private EscapeAttempts() {}

  static String rule(String attributes, String when, String then) {
    return "\nrule \"An attempt\"\n    @id(\"attempt\")\n    @source(\"the escape corpus\")\n"
        + "    @explanation(\"An attempt.\")\n"
        + attributes
        + "when\n    "
        + when
        + "\nthen\n    "
        + then
        + "\nend\n";
  }

  private static Attempt then(String name, String then) {
    return new Attempt(name, HEAD + rule("", "", then + "\n    " + INSERT));
  }

  private static Attempt when(String name, String when) {
    return new Attempt(name, HEAD + rule("", when, INSERT));
  }

  private static Attempt attribute(String name, String attribute) {
    return new Attempt(name, HEAD + rule("    " + attribute + "\n", "", INSERT));
  }

  private static Attempt file(String name, String text) {
    return new Attempt(name, text);
  }

  static List<Attempt> all() {
    List<Attempt> a = new ArrayList<>();
    // unicode escapes: javac turns them into characters before it reads the line
    a.add(
        then(
            "a unicode escape closes a string and runs code",
            "String s = \"\\u0022; new java.io.File(\\u0022CANARY\\u0022).createNewFile(); //\";"));
    a.add(
        then(
            "a unicode escape closes a string and exits",
            "String s = \"\\u0022; System.exit(77); //\";"));
    a.add(
        then(
            "a unicode line break ends a comment",
            "// harmless \\u000a new java.io.File(\"CANARY\").createNewFile();"));
    a.add(
        then(
            "a unicode star-slash closes a comment",
            "/* harmless \\u002a/ new java.io.File(\"CANARY\").createNewFile(); /* */"));
    a.add(then("a unicode escape inside a name", "Sys\\u0074em.exit(1);"));
    // the file's layout: what a line-by-line screen would miss
    a.add(
        file(
            "a second import on the line of an allowed import",
            HEAD.replace(
                    "import scot.qiassist.evidence.Weight;",
                    "import scot.qiassist.evidence.Weight; import java.io.File;")
                + rule("", "", "new File(\"CANARY\").createNewFile();\n    " + INSERT)));
    a.add(
        file(
            "a whole rule on the line of an allowed import",
            HEAD.replace(
                "import scot.qiassist.evidence.Weight;",
                "import scot.qiassist.evidence.Weight; rule \"inline\" @id(\"inline\") when then "
                    + CREATE
                    + " end")));
    a.add(
        file(
            "a line starting with package hides code",
            HEAD + "package qiassist.other; rule \"p\" @id(\"p\") when then " + CREATE + " end\n"));
    a.add(
        file(
            "a byte-order mark in the middle of a name",
            HEAD + rule("", "", "Sys\uFEFFtem.exit(1);\n    " + INSERT)));
    a.add(
        file(
            "a byte-order mark at the start and code after it",
            "\uFEFF" + HEAD + rule("", "", CREATE + "\n    " + INSERT)));
    a.add(
        file(
            "CRLF line endings around code",
            (HEAD + rule("", "", CREATE + "\n    " + INSERT)).replace("\n", "\r\n")));
    a.add(
        file(
            "a lone carriage return ends a comment for javac",
            HEAD + rule("", "", "// harmless\r" + CREATE + "\n    " + INSERT)));
    a.add(
        file(
            "a right-to-left override hides code",
            HEAD + rule("", "", "/* \u202E } */ " + CREATE + "\n    " + INSERT)));
    // reflection
    a.add(
        when(
            "reflection through a fact's class loader to Runtime.exec",
            "$r : Reading( this.getClass().getClassLoader().loadClass(\"java.lang.Runtime\") != null )"));
    a.add(
        then(
            "reflection from a conclusion to Runtime.exec",
            "Object rt = Conclusion.class.getClassLoader().loadClass(\"java.lang.Runtime\")"
                + ".getMethod(\"getRuntime\").invoke(null);"
                + " rt.getClass().getMethod(\"exec\", String.class).invoke(rt, \"touch CANARY\");"));
    a.add(
        then(
            "reflection to read an environment variable",
            "insert( Conclusion.strength(1, Weight.MINOR, Aspect.SECURE, (String) Class.forName(\"java.lang.System\")"
                + ".getMethod(\"getenv\", String.class).invoke(null, \"QI_CANARY\")) );"));
    a.add(
        then(
            "reflection to read a system property",
            "insert( Conclusion.strength(1, Weight.MINOR, Aspect.SECURE, String.valueOf(Class.forName(\"java.lang.System\")"
                + ".getMethod(\"getProperty\", String.class).invoke(null, \"user.home\"))) );"));
    a.add(
        then(
            "reflection to exit the JVM",
            "Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 77);"));
    a.add(
        then(
            "a class name built from strings",
            "Class.forName(\"java.lang.Run\" + \"time\").getMethod(\"getRuntime\").invoke(null);"));
    a.add(then("the environment read directly", "String s = System.getenv(\"QI_CANARY\");"));
    a.add(then("getClass on a bound fact", "Object c = $r.getClass();"));
    a.add(then("a cast to reach Object methods", "Object o = ((Object) Weight.MAJOR).getClass();"));
    // the engine itself
    a.add(then("drools.getKieRuntime()", "drools.getKieRuntime().halt();"));
    a.add(then("kcontext", "kcontext.getKieRuntime().halt();"));
    a.add(then("modify a fact", "modify( $r ) { };"));
    a.add(then("retract a fact", "retract( $r );"));
    // files, threads, processes
    a.add(
        then(
            "java.nio.file.Files writes a file",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"CANARY\"), \"x\");"));
    a.add(then("new of an unlisted type", "new java.io.FileOutputStream(\"CANARY\").close();"));
    a.add(then("a thread", "new Thread(() -> System.exit(3)).start();"));
    a.add(then("an anonymous class", "Object o = new Object() { { System.exit(4); } };"));
    a.add(
        then(
            "a lambda hidden in a conclusion",
            "insert( Conclusion.strength($r, ((java.util.function.Supplier<Weight>) () -> Weight.MAJOR).get()) );"));
    // holding the service
    a.add(then("an infinite loop", "while (true) { }"));
    a.add(then("a for loop", "for (int i = 0; i >= 0; i++) { }"));
    a.add(then("a memory bomb", "long[][] a = new long[1 << 30][1 << 30];"));
    a.add(then("a string memory bomb", "String s = \"x\".repeat(Integer.MAX_VALUE);"));
    a.add(
        file(
            "deep recursion through a function",
            HEAD
                + "function int deep(int n) { return deep(n + 1); }\n"
                + rule("", "", "deep(0);")));
    a.add(when("a catastrophic regular expression", "$r : Reading( measure matches \"(a+)+$\" )"));
    a.add(
        when(
            "a back-reference in a regular expression",
            "$r : Reading( measure matches \"(a)\\\\1\" )"));
    a.add(when("a pattern built at run time", "$r : Reading( $m : measure, group matches $m )"));
    // declarations
    a.add(
        file(
            "a declared type whose field default runs code",
            HEAD
                + "declare Trap\n    x : boolean = new java.io.File(\"CANARY\").createNewFile()\nend\n"
                + rule("", "", INSERT)));
    a.add(
        file(
            "a declared enum whose constant runs code",
            HEAD
                + "declare enum Trap\n    A(new java.io.File(\"CANARY\").createNewFile());\n    x : boolean\nend\n"
                + rule("", "", INSERT)));
    a.add(
        file(
            "import function of System.exit",
            HEAD + "import function java.lang.System.exit;\n" + rule("", "", "exit(5);")));
    a.add(
        file(
            "a global", HEAD + "global java.util.List leak;\n" + rule("", "", "leak.add(\"x\");")));
    a.add(file("an import beyond the fact model", HEAD + "import java.lang.Runtime;\n"));
    a.add(file("a wildcard import", HEAD + "import java.io.*;\n"));
    a.add(
        file(
            "a query",
            HEAD
                + "query \"q\"\n    $r : Reading( measure == String.valueOf(System.exit(6)) )\nend\n"));
    // conditions
    a.add(when("eval of code", "eval( new java.io.File(\"CANARY\").createNewFile() )"));
    a.add(
        when(
            "from with a method call",
            "$p : java.nio.file.Path() from java.nio.file.Files.createFile(java.nio.file.Path.of(\"CANARY\"))"));
    a.add(
        when(
            "accumulate with code of its own",
            "$n : Number() from accumulate( Reading(), init( int n = 0; new java.io.File(\"CANARY\").createNewFile(); ),"
                + " action( n++; ), result( n ) )"));
    a.add(
        when(
            "accumulate with a method call in its function",
            "$n : Number() from accumulate( $x : Reading(), sum( Runtime.getRuntime().availableProcessors() ) )"));
    a.add(
        when(
            "a condition calling a static method",
            "$r : Reading( measure == System.getenv(\"QI_CANARY\") )"));
    a.add(when("an entry point", "$r : Reading() from entry-point \"side\""));
    // attributes and metadata: some are evaluated while the rules are built
    a.add(attribute("the mvel dialect", "dialect \"mvel\""));
    a.add(
        file(
            "an annotation value that is code",
            HEAD
                + rule("", "", INSERT)
                    .replace(
                        "@id(\"attempt\")",
                        "@id(\"attempt\")\n    @trap(new java.io.File(\"CANARY\").createNewFile())")));
    a.add(
        attribute(
            "a salience that is code",
            "salience ( new java.io.File(\"CANARY\").createNewFile() ? 1 : 0 )"));
    a.add(
        attribute(
            "enabled that is code", "enabled ( new java.io.File(\"CANARY\").createNewFile() )"));
    a.add(attribute("a timer", "timer (int: 0s 1s)"));
    return a;
  }
}
