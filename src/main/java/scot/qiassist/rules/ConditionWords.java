package scot.qiassist.rules;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/** The name, in plain words, of a part of a rule's conditions that rules may not contain. */
final class ConditionWords {

  private ConditionWords() {}

  static String of(BaseDescr d) {
    if (d instanceof EntryPointDescr) {
      return "an entry point";
    } else if (d instanceof WindowReferenceDescr) {
      return "a window";
    } else if (d instanceof GroupByDescr) {
      return "groupby";
    } else if (d instanceof AccumulateDescr) {
      return "accumulate";
    } else if (d instanceof ConditionalBranchDescr) {
      return "a branch (if ... do[...])";
    } else if (d instanceof NamedConsequenceDescr) {
      return "a named consequence (do[...])";
    }
    return "'" + d.getClass().getSimpleName().replace("Descr", "") + "'";
  }
}
