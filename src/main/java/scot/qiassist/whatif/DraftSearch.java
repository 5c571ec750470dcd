package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.EvidenceBase;
import scot.qiassist.evaluation.Outcome;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.grade.Grade;

/**
 * The smallest sets of changes that give the draft grade, nearest first.
 *
 * <p>Every change towards the draft (each figure one band the way that moves the grade that way,
 * each finding's weight one step, a strength judged outstanding, a finding dropped or added) has
 * been evaluated alone. When none reaches the draft alone, sets of two changes, then of three, are
 * weighed without evaluating each whole: a change's effect is what it adds to and takes from the
 * conclusions, changes with the same effect are tried once (by the nearest of them), and a set's
 * conclusions are the evidence's plus each change's effect, weighed and graded by the rules' own
 * weigh and grade phases. Each set that reaches the draft this way is then evaluated whole, and
 * kept only if the whole evaluation agrees, so every set listed is one the rules confirm; a set
 * whose changes act together through a rule reading two figures at once can be missed.
 */
final class DraftSearch {

  static final int MOST_CHANGES = 3;
  static final int MOST_LISTED = 12;

  /**
   * Of the sets listed, this many at least may be of each kind of farthest change (a figure, a
   * finding's weight or mark, a drop, an addition), so that each kind that reaches the draft is
   * shown before more of one kind are.
   */
  static final int MOST_OF_A_KIND = 3;

  /** Sets of three are tried among this many kinds of change, nearest first. */
  static final int KINDS_FOR_THREE = 16;

  /** A change and what it gave alone. */
  record Tried(Variant variant, Outcome outcome) {}

  private record Effect(ConclusionCounts conclusions, EvidenceBase base) {}

  private final Evaluator evaluator;
  private final EvidenceDocument document;
  private final Grade draft;
  private final ConclusionCounts before;
  private final Map<Effect, Optional<Grade>> graded = new ConcurrentHashMap<>();
  private final EvidenceBase unchanged;

  DraftSearch(Evaluator evaluator, EvidenceDocument document, Outcome outcome, Grade draft) {
    this.evaluator = evaluator;
    this.document = document;
    this.draft = draft;
    this.before = ConclusionCounts.of(outcome.conclusions());
    this.unchanged = base(List.of());
  }

  /** The smallest sets of changes that reach the draft, nearest first; empty when none does. */
  List<List<Tried>> search(List<Tried> towards) {
    List<Tried> kinds = kinds(towards);
    List<List<Tried>> found = new ArrayList<>();
    kinds.stream().filter(t -> t.outcome().grade() == draft).forEach(t -> found.add(List.of(t)));
    for (int size = 2; found.isEmpty() && size <= MOST_CHANGES; size++) {
      List<Tried> among =
          size == 2 ? kinds : kinds.subList(0, Math.min(KINDS_FOR_THREE, kinds.size()));
      found.addAll(sets(among, size).parallelStream().filter(this::reaches).toList());
    }
    List<List<Tried>> nearest =
        found.stream().filter(set -> !claimsMore(set, found)).sorted(NEAREST_SET).toList();
    return listed(nearest);
  }

  /**
   * The sets to list, nearest first: at most {@link #MOST_OF_A_KIND} whose farthest change is of
   * one kind, then the nearest others, up to {@link #MOST_LISTED}.
   */
  private static List<List<Tried>> listed(List<List<Tried>> nearest) {
    Map<Integer, Integer> perKind = new java.util.HashMap<>();
    List<List<Tried>> listed = new ArrayList<>();
    for (List<Tried> set : nearest) {
      if (perKind.merge(farthestFirst(set).get(0).tier(), 1, Integer::sum) <= MOST_OF_A_KIND) {
        listed.add(set);
      }
    }
    for (List<Tried> set : nearest) {
      if (listed.size() >= MOST_LISTED) {
        break;
      }
      if (!listed.contains(set)) {
        listed.add(set);
      }
    }
    return listed.stream().sorted(NEAREST_SET).limit(MOST_LISTED).toList();
  }

  /**
   * Whether a set adds a finding with an aspect or judged outstanding where another set that
   * reaches the draft adds the same finding without: the plainer claim is the nearer, and enough.
   */
  private static boolean claimsMore(List<Tried> set, List<List<Tried>> found) {
    return found.stream()
        .anyMatch(other -> other != set && other.size() == set.size() && plainer(other, set));
  }

  private static boolean plainer(List<Tried> a, List<Tried> b) {
    boolean differs = false;
    for (int i = 0; i < a.size(); i++) {
      Variant x = a.get(i).variant();
      Variant y = b.get(i).variant();
      if (x.added() != null && y.added() != null && !x.added().equals(y.added())) {
        var f = x.added();
        var g = y.added();
        boolean sameBut =
            f.statement() == g.statement()
                && f.kind() == g.kind()
                && f.weight() == g.weight()
                && (f.aspect() == null || f.aspect() == g.aspect())
                && (!f.outstanding() || g.outstanding());
        if (!sameBut) {
          return false;
        }
        differs = true;
      } else if (x.edit() != y.edit()) {
        return false;
      }
    }
    return differs;
  }

  /**
   * One change per effect, the nearest: changes graded alone that changed the conclusions or what
   * the evidence bears on. Changes with the same effect are listed once, by the nearest of them.
   */
  private List<Tried> kinds(List<Tried> towards) {
    Map<Effect, Tried> nearest = new LinkedHashMap<>();
    towards.stream()
        .filter(t -> t.outcome().grade() != null)
        .sorted(Comparator.comparing(Tried::variant, WhatIfAnalysis.NEAREST_FIRST))
        .forEach(
            t -> {
              Effect effect = effect(t);
              if (!effect.conclusions().isEmpty() || !effect.base().equals(unchanged)) {
                nearest.putIfAbsent(effect, t);
              }
            });
    return List.copyOf(nearest.values());
  }

  private Effect effect(Tried t) {
    return new Effect(
        ConclusionCounts.of(t.outcome().conclusions()).minus(before),
        base(List.of(t.variant().edit())));
  }

  /** Every set of this size, each change to its own entry of the evidence. */
  private static List<List<Tried>> sets(List<Tried> kinds, int size) {
    List<List<Tried>> sets = new ArrayList<>();
    collect(kinds, size, 0, new ArrayList<>(), sets);
    return sets;
  }

  private static void collect(
      List<Tried> kinds, int size, int from, List<Tried> chosen, List<List<Tried>> sets) {
    if (chosen.size() == size) {
      sets.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < kinds.size(); i++) {
      Tried t = kinds.get(i);
      if (chosen.stream().noneMatch(c -> sameEntry(c.variant().edit(), t.variant().edit()))) {
        chosen.add(t);
        collect(kinds, size, i + 1, chosen, sets);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static boolean sameEntry(Edit a, Edit b) {
    return a.index() >= 0 && a.index() == b.index() && a.isFigure() == b.isFigure();
  }

  /** Whether the set's composed conclusions give the draft, and its whole evaluation agrees. */
  private boolean reaches(List<Tried> set) {
    ConclusionCounts sum = before;
    for (Tried t : set) {
      sum = sum.plus(ConclusionCounts.of(t.outcome().conclusions()).minus(before));
    }
    if (!sum.isPossible()) {
      return false;
    }
    List<Edit> edits = set.stream().map(t -> t.variant().edit()).toList();
    Effect effect = new Effect(sum, base(edits));
    Optional<Grade> grade =
        graded.computeIfAbsent(
            effect,
            e -> Optional.ofNullable(evaluator.gradeOf(e.conclusions().conclusions(), e.base())));
    return grade.orElse(null) == draft && evaluator.grade(Edit.apply(document, edits)) == draft;
  }

  private EvidenceBase base(List<Edit> edits) {
    return EvidenceBase.of(Edit.apply(document, edits), evaluator.rules().measures());
  }

  /** Fewer changes first; then the set whose farthest change is nearest, and so on. */
  static final Comparator<List<Tried>> NEAREST_SET =
      Comparator.comparingInt((List<Tried> s) -> s.size())
          .thenComparing(DraftSearch::farthestFirst, DraftSearch::compareLists);

  private static List<Variant> farthestFirst(List<Tried> set) {
    return set.stream()
        .map(Tried::variant)
        .sorted(WhatIfAnalysis.NEAREST_FIRST.reversed())
        .toList();
  }

  private static int compareLists(List<Variant> a, List<Variant> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = WhatIfAnalysis.NEAREST_FIRST.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
