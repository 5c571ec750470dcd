package scot.qiassist.drafting;

/**
 * One thing wrong with a value of a draft, at the form field that holds it.
 *
 * @param part the form the field is on
 * @param field the field's name in that form, such as "count"
 * @param message what is wrong, naming the value and what was expected, in the words of the
 *     evidence reader
 */
public record FieldProblem(DraftPart part, String field, String message) {}
