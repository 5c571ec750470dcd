package scot.qiassist.evidence.sheet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import scot.qiassist.RepositoryRules;

/** Evidence spreadsheets for the tests: the template's layout, filled in as a team would. */
final class Sheets {

  /** The details of a small inspection, rows 1 to 11, then a blank row 12 and the heading 13. */
  static final String DETAILS =
      """
      partnership,Testshire
      description,A constructed sheet for the tests
      inspection from,2023-04-17
      inspection to,13/09/2023
      draft grade,Very good
      records read,60
      children and young people,59
      parents and carers,42
      staff survey,"1,316"
      staff met,217
      elected members,10

      measure,count,of,percent,phrase,statement,kind,weight,aspect,key message,outstanding,text
      """;

  private Sheets() {}

  /** The details and heading, then these rows from row 14. */
  static String csv(String... rows) {
    return DETAILS + String.join("\n", List.of(rows)) + "\n";
  }

  static SheetImport read(String csv) throws InvalidSheetException {
    return EvidenceSheets.read(bytes(csv), "evidence.csv", RepositoryRules.get());
  }

  static SheetImport keepingGoodRows(String csv) throws InvalidSheetException {
    return EvidenceSheets.read(bytes(csv), "evidence.csv", RepositoryRules.get(), true);
  }

  static byte[] bytes(String csv) {
    return csv.getBytes(StandardCharsets.UTF_8);
  }
}
