package scot.qiassist.drafting;

import scot.qiassist.evidence.Source;

/** The samples an inspection declares, by the names the evidence file gives them. */
public enum SampleSize {
  RECORDS_READ("recordsRead", "Case records read", Source.RECORD_READING),
  CHILDREN_AND_YOUNG_PEOPLE(
      "childrenAndYoungPeople",
      "Children and young people heard from",
      Source.CHILDREN_AND_YOUNG_PEOPLE),
  PARENTS_AND_CARERS(
      "parentsAndCarers", "Parents and carers heard from", Source.PARENTS_AND_CARERS),
  STAFF_SURVEY("staffSurvey", "Staff survey responses", Source.STAFF_SURVEY),
  STAFF_MET("staffMet", "Staff met", Source.STAFF_MEETINGS),
  ELECTED_MEMBERS("electedMembers", "Elected members met", Source.ELECTED_MEMBERS);

  private final String field;
  private final String label;
  private final Source source;

  SampleSize(String field, String label, Source source) {
    this.field = field;
    this.label = label;
    this.source = source;
  }

  /** The field's name in the evidence file's {@code samples} and in the form. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** The source of the measures whose counts this sample bounds. */
  public Source source() {
    return source;
  }
}
