package scot.qiassist.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.Evidence;
import scot.qiassist.RulesCopy;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.RuleLoopException;
import scot.qiassist.evidence.Weight;

/** A rule set that keeps firing is stopped at the cap, naming the rules that loop. */
class LoopingRulesTest {

  @TempDir Path temp;

  @Test
  void a_rule_that_re_enables_itself_is_stopped_and_named() throws Exception {
    RuleSet looping =
        RulesCopy.in(temp)
            .append(
                "findings/inspector-findings.drl",
                """

        rule "Every conclusion begets another"
            @id("looping-rule")
            @source("a test of the firing cap")
            @explanation("loops")
            agenda-group "decisions"
        when
            Conclusion()
        then
            insert( Conclusion.strength(1, Weight.MINOR, null, "Another.") );
        end
        """)
            .load();

    RuleLoopException e =
        catchThrowableOfType(
            RuleLoopException.class,
            () ->
                new Evaluator(looping)
                    .evaluate(
                        Evidence.of().strength(1, Weight.MINOR, null, "A strength.").document()));

    assertThat(e.getMessage())
        .startsWith(
            "The rules fired more than " + Evaluator.FIRING_CAP + " times for one evaluation");
    assertThat(e.busiest().get(0)).startsWith("\"Every conclusion begets another\" (");
  }
}
