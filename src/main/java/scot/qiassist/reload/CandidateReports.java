package scot.qiassist.reload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;
import scot.qiassist.impact.Impact;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.impact.NamedEvidence;
import scot.qiassist.rules.RuleSet;

/**
 * Puts together what a candidate would do from what the candidate's run answered: each example
 * against its expected outcome, and the impact against the rules in service, whose outcomes this
 * process finds itself.
 */
final class CandidateReports {

  private final List<Path> examples;
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private final Map<String, String> unreadable = new HashMap<>();

  CandidateReports(List<Path> examples) {
    this.examples = List.copyOf(examples);
    for (Path p : examples) {
      try {
        evidence.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        unreadable.put(p.toString(), "could not be read: " + e.getMessage());
      }
    }
  }

  /** The evidence of every readable example, by name: what the candidate is run over. */
  Map<String, String> evidence() {
    return evidence;
  }

  List<ExampleResult> examples(CandidateRun run) {
    Map<String, CandidateRun.EvidenceOutcome> byName = byName(run);
    List<ExampleResult> results = new ArrayList<>();
    for (Path example : examples) {
      Outcome expected;
      try {
        expected = ExpectedOutcomes.read(ExpectedOutcomes.expectedFileOf(example));
      } catch (IOException e) {
        results.add(
            new ExampleResult(example, null, "no readable expected outcome: " + e.getMessage()));
        continue;
      }
      CandidateRun.EvidenceOutcome got = byName.get(example.toString());
      if (got == null || got.outcome() == null) {
        results.add(new ExampleResult(example, null, problem(example.toString(), got)));
      } else {
        results.add(
            new ExampleResult(example, OutcomeDifference.between(expected, got.outcome()), null));
      }
    }
    return results;
  }

  ImpactReport impact(RuleSet current, CandidateRun run) {
    Map<String, Outcome> after = new HashMap<>();
    Map<String, String> problems = new HashMap<>(unreadable);
    byName(run)
        .forEach(
            (name, o) -> {
              if (o.outcome() != null) {
                after.put(name, o.outcome());
              } else {
                problems.put(name, o.problem());
              }
            });
    List<NamedEvidence> named = new ArrayList<>();
    evidence.forEach((name, json) -> named.add(new NamedEvidence(name, json)));
    return Impact.against(current, run.check().version(), named, after, problems);
  }

  private String problem(String name, CandidateRun.EvidenceOutcome got) {
    if (got != null && got.problem() != null) {
      return got.problem();
    }
    return unreadable.getOrDefault(name, "the candidate gave no outcome for it");
  }

  private static Map<String, CandidateRun.EvidenceOutcome> byName(CandidateRun run) {
    Map<String, CandidateRun.EvidenceOutcome> byName = new HashMap<>();
    run.outcomes().forEach(o -> byName.put(o.name(), o));
    return byName;
  }
}
