package scot.qiassist.evaluation;

import scot.qiassist.evidence.Statement;

/**
 * Why the evidence cannot be graded yet, and what would fill the gap. A sufficiency rule inserts
 * one for each gap; any of them leaves the result not graded.
 *
 * @param statement the statement without evidence (1-4), or null for a gap of another kind
 * @param missing what is missing, in a sentence
 * @param toFill what evidence would fill it
 */
public record Insufficient(Integer statement, String missing, String toFill) {

  public Insufficient {
    if (missing == null || missing.isBlank() || toFill == null || toFill.isBlank()) {
      throw new IllegalArgumentException("an insufficiency says what is missing and what fills it");
    }
  }

  /** A statement with no figure and no finding. */
  public static Insufficient statement(int statement) {
    return new Insufficient(
        statement,
        "Nothing in the evidence bears on statement "
            + statement
            + ": "
            + Statement.title(statement),
        "figures for the measures of statement "
            + statement
            + " in rules/measures/measure-catalogue.csv (records read, what children, families"
            + " or staff told us), or the inspectors' findings under statement "
            + statement
            + ".");
  }

  /** A gap that is not a statement's, such as records read without a figure from them. */
  public static Insufficient of(String missing, String toFill) {
    return new Insufficient(null, missing, toFill);
  }
}
