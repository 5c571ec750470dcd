package scot.qiassist.evidence.sheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Samples;

/** An evidence document written as a team's CSV sheet in the template's layout, for tests. */
public final class SheetOf {

  private SheetOf() {}

  public static String csv(EvidenceDocument doc) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      Samples s = doc.samples();
      csv.printRecord("partnership", doc.partnership());
      if (doc.period() != null) {
        csv.printRecord("inspection from", doc.period().from());
        csv.printRecord("inspection to", doc.period().to());
      }
      if (doc.draftGrade() != null) {
        csv.printRecord("draft grade", doc.draftGrade().label());
      }
      sample(csv, "records read", s.recordsRead());
      sample(csv, "children and young people", s.childrenAndYoungPeople());
      sample(csv, "parents and carers", s.parentsAndCarers());
      sample(csv, "staff survey", s.staffSurvey());
      sample(csv, "staff met", s.staffMet());
      sample(csv, "elected members", s.electedMembers());
      csv.println();
      csv.printRecord(SheetLayout.COLUMNS.keySet());
      for (EvidenceItem e : doc.evidence()) {
        csv.printRecord(
            e.measure(),
            text(e.count()),
            text(e.of()),
            text(e.percent()),
            text(e.phrase()),
            "",
            "",
            "",
            "",
            "",
            "",
            text(e.note()));
      }
      for (Finding f : doc.findings()) {
        csv.printRecord(
            "",
            "",
            "",
            "",
            "",
            f.statement(),
            f.kind().id(),
            f.weight().id(),
            f.aspect() == null ? "" : f.aspect().id(),
            f.keyMessage() ? "yes" : "no",
            f.outstanding() ? "yes" : "no",
            f.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void sample(CSVPrinter csv, String name, Integer size) throws IOException {
    if (size != null) {
      csv.printRecord(name, size);
    }
  }

  private static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return value == null ? "" : value.toString();
  }

  /** The lines of a CSV sheet, for a test to change one. */
  public static List<String> lines(String csv) {
    return new ArrayList<>(List.of(csv.split("\r\n", -1)));
  }
}
