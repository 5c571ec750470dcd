package scot.qiassist.wording;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import scot.qiassist.evidence.Source;

/**
 * One sentence with its tokens and quantities, and for each quantity the words that describe what
 * it is a share of and the sample it is a share of.
 *
 * <p>A quantity's description is its clause: the sentence is cut at punctuation, at "while",
 * "although", "but", "whereas" and "however", and at "and" before another quantity ("most parents
 * ... and most children ..."); a quantity's clause takes in the clauses beside it that hold no
 * quantity of their own ("In almost all the records we read, concerns were shared ...").
 */
final class SentenceQuantities {

  private static final Set<String> CLAUSE_WORDS =
      Set.of("while", "although", "but", "whereas", "however", "whilst");

  /** Words between a quantity and the sample it names: "most of those who completed the staff". */
  private static final Set<String> BEFORE_SAMPLE =
      Set.of("of", "the", "our", "those", "these", "who", "to", "all");

  /** Verbs that may stand between, only after "who": "those who completed the staff survey". */
  private static final Set<String> AFTER_WHO = Set.of("completed", "responded", "answered");

  private static final int SAMPLE_AFTER = 6;

  final Sentence sentence;
  final List<Token> tokens;
  final List<Quantity> quantities;
  private final int[] clause;
  private final WordingTerms terms;

  SentenceQuantities(
      Sentence sentence, List<Token> tokens, List<Quantity> quantities, WordingTerms terms) {
    this.sentence = sentence;
    this.tokens = tokens;
    this.quantities = quantities;
    this.terms = terms;
    this.clause = clauses();
  }

  private int[] clauses() {
    boolean[] cuts = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      cuts[i] =
          t.type() == Token.Type.PUNCTUATION || (t.isWord() && CLAUSE_WORDS.contains(t.lower()));
    }
    // Two quantities in one clause: cut at the last "and" or "or" between them ("in most cases and
    // clear decisions were made ... in almost all records read").
    for (int k = 0; k + 1 < quantities.size(); k++) {
      Quantity a = quantities.get(k);
      Quantity b = quantities.get(k + 1);
      boolean cut = false;
      for (int i = a.last() + 1; i < b.first(); i++) {
        cut |= cuts[i];
      }
      for (int i = b.first() - 1; i > a.last() && !cut; i--) {
        if (tokens.get(i).is("and") || tokens.get(i).is("or")) {
          cuts[i] = true;
          cut = true;
        }
      }
    }
    int[] of = new int[tokens.size()];
    int current = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (cuts[i] && i > 0) {
        current++;
      }
      of[i] = current;
    }
    return of;
  }

  /**
   * Whether a quantity's clause denies what it counts ("just under a quarter were not"): the share
   * given is then the complement of the share of the measure, unless the measure's own description
   * denies too ("did not feel fully included").
   */
  boolean denies(Quantity q) {
    int[] span = span(q);
    for (int i = span[0]; i <= span[1]; i++) {
      Token t = tokens.get(i);
      if (t.is("not")
          || t.is("never")
          || t.is("nor")
          || (t.isWord() && t.lower().endsWith("n't"))) {
        return true;
      }
    }
    return false;
  }

  private boolean clauseHasQuantity(int c, Quantity except) {
    return quantities.stream().anyMatch(q -> q != except && clause[q.first()] == c);
  }

  /** The first and last token of a quantity's description. */
  private int[] span(Quantity q) {
    int c = clause[q.first()];
    int low = c;
    while (low > 0 && !clauseHasQuantity(low - 1, q)) {
      low--;
    }
    int high = c;
    int lastClause = tokens.isEmpty() ? 0 : clause[tokens.size() - 1];
    while (high < lastClause && !clauseHasQuantity(high + 1, q)) {
      high++;
    }
    int first = 0;
    while (clause[first] < low) {
      first++;
    }
    int last = tokens.size() - 1;
    while (clause[last] > high) {
      last--;
    }
    return new int[] {first, last};
  }

  /** The stems of the words describing what a quantity is a share of. */
  Set<String> description(Quantity q) {
    int[] span = span(q);
    Set<String> stems = new HashSet<>();
    for (int i = span[0]; i <= span[1]; i++) {
      Token t = tokens.get(i);
      if (t.isWord()
          && (i < q.first() || i > q.last())
          && !Words.isStop(t.lower())
          && !inQuantity(i)) {
        stems.add(Words.stem(t.lower()));
      }
    }
    return stems;
  }

  private boolean inQuantity(int token) {
    return quantities.stream().anyMatch(q -> token >= q.first() && token <= q.last());
  }

  /**
   * The samples a quantity is a share of: named just after it ("most parents"), else before it in
   * its clause ("Of the parents and carers we surveyed, most ..."), narrowed by any other sample
   * word of the clause ("respondents to our staff survey"). Empty when the sentence names none.
   */
  Set<Source> samples(Quantity q) {
    int[] span = span(q);
    Set<Source> named = EnumSet.noneOf(Source.class);
    int i = q.last() + 1;
    while (i < tokens.size() && i <= q.last() + SAMPLE_AFTER && tokens.get(i).isWord()) {
      Set<Source> s = sampleAt(i);
      if (!s.isEmpty()) {
        named.addAll(s);
        break;
      }
      String word = tokens.get(i).lower();
      boolean afterWho = i > 0 && tokens.get(i - 1).is("who") && AFTER_WHO.contains(word);
      if (!BEFORE_SAMPLE.contains(word) && !afterWho) {
        break;
      }
      i++;
    }
    if (named.isEmpty()) {
      for (int j = q.first() - 1; j >= span[0] && named.isEmpty(); j--) {
        named.addAll(sampleAt(j));
      }
    }
    for (int j = span[0]; j <= span[1] && named.size() > 1; j++) {
      Set<Source> other = sampleAt(j);
      Set<Source> both = EnumSet.copyOf(named);
      both.retainAll(other);
      if (!other.isEmpty() && !both.isEmpty()) {
        named = both;
      }
    }
    return named;
  }

  /** The samples the word (or two words) at a token name. */
  private Set<Source> sampleAt(int i) {
    if (!tokens.get(i).isWord()) {
      return Set.of();
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
      Set<Source> two =
          terms.sourcesOf(
              Words.stem(tokens.get(i).lower()) + " " + Words.stem(tokens.get(i + 1).lower()));
      if (!two.isEmpty()) {
        return two;
      }
    }
    return terms.sourcesOf(Words.stem(tokens.get(i).lower()));
  }

  /** Whether a semicolon or colon stands between two quantities: they are then not beside. */
  boolean separated(Quantity before, Quantity after) {
    for (int i = before.last() + 1; i < after.first(); i++) {
      if (tokens.get(i).is(";")
          || tokens.get(i).lower().equals(";")
          || tokens.get(i).lower().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /** The number of words between two quantities of this sentence, in the order given. */
  int wordsBetween(Quantity before, Quantity after) {
    return after.first() - before.last() - 1;
  }
}
