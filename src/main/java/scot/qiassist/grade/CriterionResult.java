package scot.qiassist.grade;

/**
 * One grade criterion as this evidence meets or fails it, with the rule that states it.
 *
 * @param grade the grade (2-6) the criterion belongs to
 * @param ruleId the @id of the criterion's rule
 * @param text the criterion in words: the rule's name
 * @param met whether the evidence meets it
 * @param explanation the rule's explanation filled with this evidence's figures
 * @param file the rule file
 * @param line the rule's line in that file
 */
public record CriterionResult(
    int grade,
    String ruleId,
    String text,
    boolean met,
    String explanation,
    String file,
    int line) {}
