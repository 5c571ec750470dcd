package scot.qiassist.evidence;

import java.util.function.Function;

/** Where a measure's figures come from, and which declared sample bounds them. */
public enum Source implements Identified {
  RECORD_READING("record-reading", "records read", Samples::recordsRead),
  CHILDREN_AND_YOUNG_PEOPLE(
      "children-and-young-people",
      "children and young people heard",
      Samples::childrenAndYoungPeople),
  PARENTS_AND_CARERS("parents-and-carers", "parents and carers heard", Samples::parentsAndCarers),
  STAFF_SURVEY("staff-survey", "staff survey responses", Samples::staffSurvey),
  STAFF_MEETINGS("staff-meetings", "staff met", Samples::staffMet),
  ELECTED_MEMBERS("elected-members", "elected members met", Samples::electedMembers),
  PARTNERSHIP_DATA("partnership-data", "the partnership's own figures", s -> null);

  private final String id;
  private final String sampleName;
  private final Function<Samples, Integer> sample;

  Source(String id, String sampleName, Function<Samples, Integer> sample) {
    this.id = id;
    this.sampleName = sampleName;
    this.sample = sample;
  }

  @Override
  public String id() {
    return id;
  }

  /** The sample in words, for messages: "records read". */
  public String sampleName() {
    return sampleName;
  }

  /** The declared size of this source's sample, or null when none is declared or applies. */
  public Integer sampleSize(Samples samples) {
    return samples == null ? null : sample.apply(samples);
  }

  public static Source fromId(String id) {
    return Identified.fromId(Source.class, id);
  }
}
