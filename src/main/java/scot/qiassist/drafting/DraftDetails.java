package scot.qiassist.drafting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an evaluation is of, as the inspector typed it: the partnership, the inspection period, the
 * draft grade and the size of each sample. Every value is the text typed, kept as it is (a bad
 * value included) until the form is accepted; blank is not given.
 *
 * @param samples each sample's size as typed, by {@link SampleSize#field()}
 */
public record DraftDetails(
    String partnership,
    String periodFrom,
    String periodTo,
    String draftGrade,
    Map<String, String> samples) {

  public DraftDetails {
    partnership = Typed.text(partnership);
    periodFrom = Typed.text(periodFrom);
    periodTo = Typed.text(periodTo);
    draftGrade = Typed.text(draftGrade);
    Map<String, String> known = new LinkedHashMap<>();
    for (SampleSize s : SampleSize.values()) {
      String value = samples == null ? null : Typed.text(samples.get(s.field()));
      if (value != null) {
        known.put(s.field(), value);
      }
    }
    samples = Map.copyOf(known);
  }

  public String sample(SampleSize size) {
    return samples.get(size.field());
  }
}
