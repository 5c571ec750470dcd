package scot.qiassist.moderation;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import scot.qiassist.evaluation.Evaluation.GradeView;

/**
 * A stored evaluation set beside the one being checked.
 *
 * @param similarity how alike, 0-1 (see {@link Similarity}), to three decimals
 * @param figures the figures part of it
 * @param findings the findings part of it
 * @param sharedMeasures how many measures both give figures for
 * @param grade its current grade: the moderated grade where a panel decided one
 * @param moderated whether a panel has decided on it
 * @param differentGrade whether it is alike (similarity at or above the threshold) yet has another
 *     grade: the inconsistency a panel should look at
 */
public record Neighbour(
    String id,
    String partnership,
    @JsonSerialize(using = ToStringSerializer.class) Instant createdAt,
    String rulesetVersion,
    double similarity,
    double figures,
    double findings,
    int sharedMeasures,
    GradeView grade,
    boolean moderated,
    boolean differentGrade) {}
