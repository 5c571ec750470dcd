package scot.qiassist.grade;

import java.util.Locale;
import java.util.Optional;

/** The six-point scale for quality indicator 2.1. */
public enum Grade {
  UNSATISFACTORY(1, "Unsatisfactory"),
  WEAK(2, "Weak"),
  ADEQUATE(3, "Adequate"),
  GOOD(4, "Good"),
  VERY_GOOD(5, "Very good"),
  EXCELLENT(6, "Excellent");

  private final int value;
  private final String label;

  Grade(int value, String label) {
    this.value = value;
    this.label = label;
  }

  public int value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Grade of(int value) {
    for (Grade g : values()) {
      if (g.value == value) {
        return g;
      }
    }
    throw new IllegalArgumentException(value + " is not a grade from 1 to 6");
  }

  /** The grade with this label, ignoring case: "Very good", "very good". */
  public static Optional<Grade> fromLabel(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (Grade g : values()) {
      if (g.label.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  public Optional<Grade> above() {
    return value == 6 ? Optional.empty() : Optional.of(of(value + 1));
  }

  public Optional<Grade> below() {
    return value == 1 ? Optional.empty() : Optional.of(of(value - 1));
  }
}
