package scot.qiassist.evidence;

import java.time.LocalDate;

/** The dates an inspection ran between, both inclusive. */
public record InspectionPeriod(LocalDate from, LocalDate to) {

  public InspectionPeriod {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("an inspection period runs from a date to a later one");
    }
  }
}
