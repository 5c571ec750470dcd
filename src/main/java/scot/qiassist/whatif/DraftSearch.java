package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import scot.qiassist.evaluation.Balance;
import scot.qiassist.evaluation.Conclusion;
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
 * conclusions are the evidence's plus each change's effect, graded by the rules' own weigh and
 * grade phases ({@link Evaluator#gradeOf}). Sets whose conclusions weigh alike (the same {@link
 * Balance}, over the same evidence base) are graded once. Each set that reaches the draft this way
 * is then evaluated whole, and kept only if the whole evaluation agrees, so every set listed is one
 * the rules confirm; a set whose changes act together through a rule reading two figures at once
 * can be missed.
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

  /** The grade of each balance over each evidence base met so far: many sets weigh alike. */
  private final Map<Weighed, Optional<Grade>> graded = new ConcurrentHashMap<>();

  private final Map<Tried, ConclusionCounts> effects = new java.util.IdentityHashMap<>();

  private record Weighed(Balance balance, EvidenceBase base) {}

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
      found.addAll(nearestReaching(sets(among, size)));
    }
    List<List<Tried>> nearest =
        found.stream().filter(set -> !claimsMore(set, found)).sorted(NEAREST_SET).toList();
    return listed(nearest);
  }

  /**
   * The sets that reach the draft, tried nearest first in small batches (each batch on every core),
   * and only as far as the listing needs: once {@link #MOST_LISTED} sets are found, a set is tried
   * only if its kind of farthest change has fewer than {@link #MOST_OF_A_KIND} found. Sets are
   * ordered by their farthest change, kind first, so every set skipped would have been listed after
   * those found.
   */
  private List<List<Tried>> nearestReaching(List<List<Tried>> sets) {
    List<List<Tried>> candidates = sets.stream().sorted(NEAREST_SET).toList();
    List<List<Tried>> found = new ArrayList<>();
    Map<Integer, Integer> perKind = new java.util.HashMap<>();
    int next = 0;
    while (next < candidates.size()) {
      List<List<Tried>> batch = new ArrayList<>();
      while (next < candidates.size() && batch.size() < BATCH) {
        List<Tried> set = candidates.get(next++);
        if (found.size() < MOST_LISTED || perKind.getOrDefault(kindOf(set), 0) < MOST_OF_A_KIND) {
          batch.add(set);
        }
      }
      for (List<Tried> set : batch.parallelStream().filter(this::reaches).toList()) {
        if (!claimsMore(set, found)) {
          found.add(set);
          perKind.merge(kindOf(set), 1, Integer::sum);
        }
      }
    }
    return found;
  }

  /** How many sets are tried at once, on every core. */
  private static final int BATCH = 32;

  private static int kindOf(List<Tried> set) {
    return farthestFirst(set).get(0).tier();
  }

  /**
   * The sets to list, nearest first: at most {@link #MOST_OF_A_KIND} whose farthest change is of
   * one kind, then the nearest others, up to {@link #MOST_LISTED}.
   */
  private static List<List<Tried>> listed(List<List<Tried>> nearest) {
    Map<Integer, Integer> perKind = new java.util.HashMap<>();
    List<List<Tried>> listed = new ArrayList<>();
    for (List<Tried> set : nearest) {
      if (perKind.merge(kindOf(set), 1, Integer::sum) <= MOST_OF_A_KIND) {
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
    ConclusionCounts change = ConclusionCounts.of(t.outcome().conclusions()).minus(before);
    effects.put(t, change);
    return new Effect(change, base(List.of(t.variant().edit())));
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
      sum = sum.plus(effects.get(t));
    }
    if (!sum.isPossible()) {
      return false;
    }
    List<Edit> edits = set.stream().map(t -> t.variant().edit()).toList();
    List<Conclusion> conclusions = sum.conclusions();
    EvidenceBase base = base(edits);
    Weighed key = new Weighed(Balance.of(conclusions, evaluator.rules().gradeParameters()), base);
    Optional<Grade> grade = graded.get(key);
    if (grade == null) {
      grade = Optional.ofNullable(evaluator.gradeOf(conclusions, base));
      graded.putIfAbsent(key, grade);
    }
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
