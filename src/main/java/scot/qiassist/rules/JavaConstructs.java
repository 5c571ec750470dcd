package scot.qiassist.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/** The name, in plain words, of a piece of Java that rules may not contain. */
final class JavaConstructs {

  private JavaConstructs() {}

  static String name(Node node) {
    if (node instanceof ForStmt || node instanceof ForEachStmt) {
      return "a loop (for)";
    } else if (node instanceof WhileStmt || node instanceof DoStmt) {
      return "a loop (while)";
    } else if (node instanceof IfStmt) {
      return "a decision in the conclusion (if); put the condition in the rule's 'when' part";
    } else if (node instanceof TryStmt || node instanceof ThrowStmt) {
      return "error handling (try, throw)";
    } else if (node instanceof SynchronizedStmt) {
      return "thread locking (synchronized)";
    } else if (node instanceof LocalClassDeclarationStmt
        || node instanceof LocalRecordDeclarationStmt) {
      return "a class of its own";
    } else if (node instanceof ReturnStmt) {
      return "return";
    } else if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
      return "a switch";
    } else if (node instanceof LambdaExpr) {
      return "a function written inline (a lambda)";
    } else if (node instanceof MethodReferenceExpr) {
      return "a method reference (::)";
    } else if (node instanceof AssignExpr) {
      return "an assignment (=)";
    } else if (node instanceof CastExpr) {
      return "a type cast";
    } else if (node instanceof ClassExpr) {
      return "a Java class object (.class)";
    } else if (node instanceof InstanceOfExpr) {
      return "a type test (instanceof)";
    } else if (node instanceof ArrayCreationExpr || node instanceof ArrayAccessExpr) {
      return "an array";
    } else if (node instanceof ThisExpr || node instanceof SuperExpr) {
      return "this or super";
    }
    return "the Java construct '"
        + node.getClass().getSimpleName().replace("Expr", "").replace("Stmt", "")
        + "'";
  }
}
