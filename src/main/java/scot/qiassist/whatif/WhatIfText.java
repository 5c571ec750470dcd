package scot.qiassist.whatif;

import java.util.List;

/** A what-if answer written for a terminal: the changes that move the grade, and the draft. */
public final class WhatIfText {

  private final StringBuilder out = new StringBuilder();

  private WhatIfText() {}

  public static String of(WhatIf whatIf) {
    return new WhatIfText().write(whatIf);
  }

  private String write(WhatIf w) {
    String title = "What if: " + w.partnership();
    line(title);
    line("=".repeat(title.length()));
    if (w.grade() == null) {
      line(
          "The evidence as it stands is not enough to grade (see qi-assist evaluate for what it"
              + " lacks), so there is no grade for a one-step change to move.");
      line("Ruleset version " + w.rulesetVersion() + ".");
      return out.toString();
    }
    line(
        "The evidence as it stands supports "
            + w.grade().label()
            + " ("
            + w.grade().value()
            + ").");
    line(
        w.variationsTried()
            + " one-step changes tried (each figure one band up and down, each finding's weight one"
            + " step up and down, each finding dropped); "
            + w.changes().size()
            + " would move the grade.");
    line("Ruleset version " + w.rulesetVersion() + ".");
    line("");
    line("Changes that would move the grade, nearest first");
    line("-----------------------------------------------");
    changes(w.changes(), "None: no one-step change of the evidence moves the grade.");
    if (w.draftGrade() != null) {
      draft(w.draftGrade());
    }
    return out.toString();
  }

  private void draft(DraftCheck d) {
    line("");
    String title = "Draft grade: " + d.label() + " (" + d.verdict() + ")";
    line(title);
    line("-".repeat(title.length()));
    line(d.explanation());
    line("");
    line("Evidence that supports it:");
    changes(d.supports(), "None.");
    line("");
    line("Evidence that stands against it:");
    changes(d.standsAgainst(), "None.");
    if (!d.verdict().equals("agree")) {
      toReach(d);
    }
  }

  private void toReach(DraftCheck d) {
    line("");
    String title = "To reach " + d.label() + ", nearest first";
    line(title);
    line("-".repeat(title.length()));
    line(d.toReachSummary());
    int n = 1;
    for (WayToDraft way : d.toReach()) {
      line("  " + n++ + ". " + capitalised(way.sentence()) + ".");
      for (GradeChange c : way.changes()) {
        line(
            "      "
                + c.evidence()
                + ": "
                + c.figures()
                + (way.changes().size() > 1 ? " (alone: " + c.grade().label() + ")" : ""));
      }
    }
  }

  private void changes(List<GradeChange> changes, String none) {
    if (changes.isEmpty()) {
      line("  " + none);
    }
    for (GradeChange c : changes) {
      line("  - " + capitalised(c.sentence()) + ".");
      line(
          "      "
              + c.evidence()
              + ": "
              + c.figures()
              + (c.distance() == null
                  ? ""
                  : "; " + points(c.distance()) + " from the edge of " + c.to()));
    }
  }

  private static String points(int distance) {
    return distance == 0
        ? "0 points: its range already reaches over"
        : distance + (distance == 1 ? " point" : " points");
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
