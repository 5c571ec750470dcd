package scot.qiassist.evidence;

/**
 * One entry of the measure catalogue: a quantity inspectors report as a share of a sample.
 *
 * @param id the kebab-case id evidence files use, such as "plan-quality-adequate-or-weak"
 * @param source where the figures come from
 * @param statement the inspection statement (1-4) the measure bears on
 * @param aspect the QI 2.1 aspect it bears on, or null
 * @param direction whether a higher share is better or worse
 * @param group the group of measures whose rules judge this one, such as "safety-practice"
 * @param counted what is counted, in words: "records in which the plan was adequate or weak"
 * @param sentence the sentence messages use, with {word} or {Word} for the standard word
 */
public record Measure(
    String id,
    Source source,
    int statement,
    Aspect aspect,
    Direction direction,
    String group,
    String counted,
    String sentence) {

  public Measure {
    if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("measure id '" + id + "' is not kebab-case");
    }
    if (statement < 1 || statement > 4) {
      throw new IllegalArgumentException(
          "measure '" + id + "': statement " + statement + " is not 1-4");
    }
    if (group == null || !group.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "measure '" + id + "': group '" + group + "' is not kebab-case");
    }
    if (source == null || direction == null) {
      throw new IllegalArgumentException("measure '" + id + "' needs a source and a direction");
    }
    if (sentence == null || !sentence.contains("{word}") && !sentence.contains("{Word}")) {
      throw new IllegalArgumentException(
          "measure '" + id + "': the sentence needs {word} or {Word} where the standard word goes");
    }
  }

  /** The sentence with the standard word put in: "Almost all staff were confident ...". */
  public String sentence(String word) {
    String capitalised =
        word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return sentence.replace("{Word}", capitalised).replace("{word}", word);
  }
}
