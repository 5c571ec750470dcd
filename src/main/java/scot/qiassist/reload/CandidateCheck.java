package scot.qiassist.reload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;
import scot.qiassist.impact.ImpactReport;

/**
 * Puts together a {@link VersionCheck} from what a candidate's run answered: each example against
 * the outcome expected of it (or, for an example the candidate accepts, its new outcome taken as
 * the expected one), and the impact against the outcomes under its parent.
 */
public final class CandidateCheck {

  /** The outcome of a piece of evidence under the parent; throws when there is none. */
  @FunctionalInterface
  public interface Before {
    Outcome of(String name, String json) throws Exception;
  }

  /**
   * A check and the expected outcomes it was made against, to be stored together.
   *
   * @param expected the expected outcome of each example, after any accepted
   */
  public record Checked(VersionCheck check, Map<String, Outcome> expected) {}

  private CandidateCheck() {}

  /**
   * @param before the outcomes under the parent, or null when the parent cannot be evaluated
   */
  public static Checked of(
      VersionCheck header,
      CandidateRun run,
      Corpus corpus,
      Map<String, Outcome> expected,
      Set<String> accept,
      Before before) {
    Map<String, CandidateRun.EvidenceOutcome> got = new HashMap<>();
    run.outcomes().forEach(o -> got.put(o.name(), o));
    Map<String, Outcome> nowExpected = new TreeMap<>(expected);
    List<VersionCheck.ExampleCheck> examples = new ArrayList<>();
    if (run.check().version() != null) {
      for (String name : corpus.exampleNames()) {
        examples.add(example(name, got.get(Corpus.Name.example(name)), nowExpected, accept));
      }
    }
    VersionCheck.ImpactTable impact =
        run.check().version() == null || before == null
            ? null
            : VersionCheck.ImpactTable.of(
                impact(header, corpus, got, before),
                corpus.exampleNames().size(),
                corpus.evaluations());
    VersionCheck check =
        new VersionCheck(
            header.id(),
            header.version(),
            header.parent(),
            header.at(),
            header.by(),
            VersionCheck.statusOf(run.check(), examples),
            run.check(),
            examples,
            impact);
    return new Checked(check, nowExpected);
  }

  private static VersionCheck.ExampleCheck example(
      String name,
      CandidateRun.EvidenceOutcome got,
      Map<String, Outcome> expected,
      Set<String> accept) {
    Outcome outcome = got == null ? null : got.outcome();
    boolean accepted = accept.contains(name) && outcome != null;
    if (accepted) {
      expected.put(name, decisionOf(outcome));
    }
    Outcome wanted = expected.get(name);
    if (outcome == null) {
      String problem = got == null ? "the candidate gave no outcome for it" : got.problem();
      return new VersionCheck.ExampleCheck(
          name, false, false, grade(wanted), null, List.of(), problem);
    }
    if (wanted == null) {
      return new VersionCheck.ExampleCheck(
          name,
          false,
          false,
          null,
          outcome.grade(),
          List.of(),
          "no expected outcome: accept its outcome under this version to write one");
    }
    OutcomeDifference d = OutcomeDifference.between(wanted, outcome);
    return new VersionCheck.ExampleCheck(
        name,
        d.isEmpty(),
        accepted,
        wanted.grade(),
        outcome.grade(),
        d.lines("expected", "now"),
        null);
  }

  private static ImpactReport impact(
      VersionCheck header,
      Corpus corpus,
      Map<String, CandidateRun.EvidenceOutcome> got,
      Before before) {
    List<ImpactReport.FileImpact> files = new ArrayList<>();
    corpus
        .evidence()
        .forEach(
            (name, json) -> {
              Outcome old;
              try {
                old = before.of(name, json);
              } catch (Exception e) {
                files.add(
                    new ImpactReport.FileImpact(
                        name, null, "under the parent version: " + e.getMessage()));
                return;
              }
              CandidateRun.EvidenceOutcome now = got.get(name);
              if (now == null || now.outcome() == null) {
                String why = now == null ? "no outcome" : now.problem();
                files.add(new ImpactReport.FileImpact(name, null, "under this version: " + why));
              } else {
                files.add(
                    new ImpactReport.FileImpact(
                        name, OutcomeDifference.between(old, now.outcome()), null));
              }
            });
    return new ImpactReport(header.parent(), header.version(), files);
  }

  /** An outcome as an expected outcome keeps it: the decision, without the rules that fired. */
  public static Outcome decisionOf(Outcome o) {
    return new Outcome(
        o.grade(), o.keyMessages(), o.notLower(), o.notHigher(), o.insufficient(), List.of());
  }

  private static String grade(Outcome o) {
    return o == null ? null : o.grade();
  }

  /** Whether a corpus name is an example's. */
  static boolean isExample(String name) {
    return Corpus.Name.isExample(name);
  }
}
