package scot.qiassist.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.qiassist.terms.StandardWords;

/**
 * Reads the Java of a rule (its conclusion, an eval, an atom of a condition) as javac would, with
 * unicode escapes turned into their characters first, and accepts only what policy needs: insert of
 * a fact, facts built by the model's constructors and factories, members of bound facts on the
 * model's list, literals, variables, arithmetic, comparisons and joined text. Everything else is
 * refused, named in words a policy officer can act on.
 */
final class JavaAllowlist {

  /** One refusal, at a line and column of the snippet (both from 1). */
  record Refusal(int line, int column, String message, String hint) {}

  private static final ParserConfiguration CONFIG =
      new ParserConfiguration()
          .setPreprocessUnicodeEscapes(true)
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);

  private static final Set<String> ENGINE_NAMES = Set.of("drools", "kcontext");
  private static final Set<String> PACKAGE_ROOTS =
      Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "kotlin", "scot");
  private static final Set<String> CHANGES_FACTS =
      Set.of("modify", "update", "delete", "retract", "insertLogical");
  private static final Set<String> WORD_TESTS = Set.of("is", "atLeast", "atMost");
  private static final String MODEL_HINT =
      "a rule may use only the facts it matches, the fact types imported at the top of the file,"
          + " their listed properties and methods (see rules/README.md), text, numbers and insert( ... ).";

  private final FactModel model = FactModel.get();
  private final Set<String> imported;
  private final Set<String> bound;
  private final boolean implicitFact;
  private final StandardWords words;
  private final List<Refusal> refusals = new ArrayList<>();
  private int firstLineShift;

  /**
   * @param imported the model types the file imports
   * @param bound the names the rule binds ($reading, $n)
   * @param implicitFact whether bare names are properties of the fact being matched (conditions)
   * @param words the standard words, to check is("..."), or null
   */
  JavaAllowlist(
      Set<String> imported, Set<String> bound, boolean implicitFact, StandardWords words) {
    this.imported = imported;
    this.bound = new HashSet<>(bound);
    this.implicitFact = implicitFact;
    this.words = words;
  }

  /** Checks the statements of a rule's "then" part. */
  List<Refusal> consequence(String text) {
    firstLineShift = 1;
    ParseResult<BlockStmt> parsed = new JavaParser(CONFIG).parseBlock("{" + text + "\n}");
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      unreadable(parsed.getProblems());
      return refusals;
    }
    for (Statement s : parsed.getResult().get().getStatements()) {
      statement(s);
    }
    return refusals;
  }

  /** Checks one expression: an eval, or one side of a condition. */
  List<Refusal> expression(String text) {
    ParseResult<Expression> parsed = new JavaParser(CONFIG).parseExpression(text);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      unreadable(parsed.getProblems());
      return refusals;
    }
    expr(parsed.getResult().get());
    return refusals;
  }

  private void statement(Statement s) {
    if (s instanceof EmptyStmt) {
      return;
    }
    if (s instanceof ExpressionStmt e) {
      Expression x = e.getExpression();
      if (x instanceof VariableDeclarationExpr v) {
        declaration(v);
      } else if (x instanceof MethodCallExpr call
          && call.getScope().isEmpty()
          && call.getNameAsString().equals("insert")) {
        call.getArguments().forEach(this::expr);
      } else {
        int before = refusals.size();
        expr(x);
        if (refusals.size() == before) {
          refuse(x, "'" + x + "' is not a conclusion", "conclude with insert( ... ).");
        }
      }
      return;
    }
    refuse(s, "uses " + JavaConstructs.name(s) + ", which rules may not use", MODEL_HINT);
  }

  private void declaration(VariableDeclarationExpr v) {
    for (VariableDeclarator d : v.getVariables()) {
      type(d.getType(), d);
      d.getInitializer().ifPresent(this::expr);
      bound.add(d.getNameAsString());
    }
  }

  private void type(Type t, Node where) {
    if (t instanceof VarType || t instanceof PrimitiveType) {
      return;
    }
    if (t instanceof ClassOrInterfaceType c
        && c.getTypeArguments().isEmpty()
        && (c.getNameWithScope().equals("String")
            || model.isType(c.getNameWithScope(), imported))) {
      return;
    }
    refuse(
        where,
        "declares a variable of type " + t + ", which is not part of the fact model",
        MODEL_HINT);
  }

  private void expr(Expression e) {
    if (e instanceof StringLiteralExpr
        || e instanceof TextBlockLiteralExpr
        || e instanceof IntegerLiteralExpr
        || e instanceof LongLiteralExpr
        || e instanceof DoubleLiteralExpr
        || e instanceof BooleanLiteralExpr
        || e instanceof CharLiteralExpr
        || e instanceof NullLiteralExpr) {
      return;
    }
    if (e instanceof EnclosedExpr en) {
      expr(en.getInner());
    } else if (e instanceof BinaryExpr b) {
      binary(b);
    } else if (e instanceof UnaryExpr u) {
      unary(u);
    } else if (e instanceof ConditionalExpr c) {
      expr(c.getCondition());
      expr(c.getThenExpr());
      expr(c.getElseExpr());
    } else if (e instanceof NameExpr n) {
      name(n);
    } else if (e instanceof FieldAccessExpr f) {
      field(f);
    } else if (e instanceof MethodCallExpr m) {
      call(m);
    } else if (e instanceof ObjectCreationExpr o) {
      creation(o);
    } else {
      refuse(e, "uses " + JavaConstructs.name(e) + ", which rules may not use", MODEL_HINT);
    }
  }

  private void binary(BinaryExpr b) {
    switch (b.getOperator()) {
      case BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT ->
          refuse(b, "uses the bit operator " + b.getOperator().asString(), MODEL_HINT);
      default -> {
        expr(b.getLeft());
        expr(b.getRight());
      }
    }
  }

  private void unary(UnaryExpr u) {
    switch (u.getOperator()) {
      case LOGICAL_COMPLEMENT, MINUS, PLUS -> expr(u.getExpression());
      default ->
          refuse(
              u,
              "changes a value with " + u.getOperator().asString() + "; rules do not change values",
              MODEL_HINT);
    }
  }

  private void name(NameExpr n) {
    String id = n.getNameAsString();
    if (ENGINE_NAMES.contains(id)) {
      refuse(n, "uses '" + id + "', the rule engine itself, which rules may not reach", MODEL_HINT);
    } else if (PACKAGE_ROOTS.contains(id) && !bound.contains(id)) {
      refuse(n, "names the Java package '" + id + ".', which rule files may not use", MODEL_HINT);
    } else if (!bound.contains(id)
        && !model.isType(id, imported)
        && !(implicitFact && model.isMember(id))) {
      refuse(
          n,
          "uses '"
              + id
              + "', which rule files may not use: it is neither a fact the rule matches nor a type of the fact model",
          MODEL_HINT);
    }
  }

  private void field(FieldAccessExpr f) {
    String id = f.getNameAsString();
    if (f.getScope() instanceof NameExpr n && model.isType(n.getNameAsString(), imported)) {
      if (!model.isConstant(id)) {
        refuse(f, "uses '" + f + "', which is not a value of " + n, MODEL_HINT);
      }
      return;
    }
    int before = refusals.size();
    scope(f.getScope());
    if (refusals.size() == before && !model.isMember(id)) {
      refuse(f, "uses '." + id + "', which is not a listed property of the fact model", MODEL_HINT);
    }
  }

  private void call(MethodCallExpr m) {
    String id = m.getNameAsString();
    Optional<Expression> scope = m.getScope();
    int before = refusals.size();
    if (scope.isEmpty() && CHANGES_FACTS.contains(id)) {
      refuse(
          m,
          "uses '" + id + "', which changes or removes facts; rules only add conclusions",
          "conclude with insert( ... ) of a new fact.");
    } else if (scope.isEmpty() && !(implicitFact && model.isMember(id))) {
      refuse(m, "calls " + id + "( ... ), which is not part of the fact model", MODEL_HINT);
    } else if (scope.isPresent()) {
      scope(scope.get());
      if (refusals.size() == before && !model.isMember(id)) {
        refuse(
            m,
            "calls '"
                + id
                + "' on "
                + scope.get()
                + ", which is not a listed method of the fact model",
            MODEL_HINT);
      }
    }
    if (m.getTypeArguments().isPresent()) {
      refuse(m, "gives type arguments to a call", MODEL_HINT);
    }
    m.getArguments().forEach(this::expr);
    standardWord(m);
  }

  private void scope(Expression scope) {
    if (scope instanceof NameExpr n && model.isType(n.getNameAsString(), imported)) {
      return;
    }
    expr(scope);
  }

  private void creation(ObjectCreationExpr o) {
    String type = o.getType().getNameWithScope();
    if (o.getAnonymousClassBody().isPresent()) {
      refuse(
          o, "writes a class of its own (an anonymous class), which rules may not do", MODEL_HINT);
    } else if (o.getScope().isPresent()
        || !o.getType().getTypeArguments().isEmpty()
        || !model.isType(type, imported)) {
      refuse(o, "creates a " + type + ", which is not a fact of the fact model", MODEL_HINT);
    }
    o.getArguments().forEach(this::expr);
  }

  private void standardWord(MethodCallExpr m) {
    if (words != null
        && WORD_TESTS.contains(m.getNameAsString())
        && m.getArguments().size() == 1
        && m.getArgument(0) instanceof StringLiteralExpr s
        && words.find(s.asString()).isEmpty()) {
      refuse(
          m,
          "'" + s.asString() + "' is not a standard word",
          "the standard words are " + words.words() + " (terms/standard-words.csv).");
    }
  }

  private void unreadable(List<Problem> problems) {
    Problem first = problems.isEmpty() ? null : problems.get(0);
    int line = 1;
    int column = 1;
    if (first != null && first.getLocation().flatMap(l -> l.getBegin().getRange()).isPresent()) {
      var begin = first.getLocation().get().getBegin().getRange().get().begin;
      line = begin.line;
      column = begin.column;
    }
    String what = first == null ? "" : ": " + first.getMessage().lines().findFirst().orElse("");
    add(
        line,
        column,
        "is not plain Java that a rule may contain" + what,
        "write conditions with the fact types and conclusions as insert( ... );"
            + " check for an unclosed quote or bracket, or a unicode escape such as \\u0022.");
  }

  private void refuse(Node node, String message, String hint) {
    int line = node.getBegin().map(p -> p.line).orElse(1);
    int column = node.getBegin().map(p -> p.column).orElse(1);
    add(line, column, message, hint);
  }

  private void add(int line, int column, String message, String hint) {
    int shifted = line == 1 ? Math.max(1, column - firstLineShift) : column;
    refusals.add(new Refusal(line, shifted, message, hint));
  }
}
