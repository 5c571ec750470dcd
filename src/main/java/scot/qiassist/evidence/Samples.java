package scot.qiassist.evidence;

/**
 * The size of each sample an inspection drew on; a null size was not declared.
 *
 * <p>A figure given as "n of N" must not claim a larger N than its source's sample.
 */
public record Samples(
    Integer recordsRead,
    Integer childrenAndYoungPeople,
    Integer parentsAndCarers,
    Integer staffSurvey,
    Integer staffMet,
    Integer electedMembers) {

  public static final Samples NONE = new Samples(null, null, null, null, null, null);
}
