package scot.qiassist.evidence.sheet;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;

/**
 * The choices the template's table offers as it is filled in (Excel's data validation): measures
 * from the Measures sheet, the kinds, weights and aspects, yes or no, whole numbers and
 * percentages; each column with a prompt saying what goes in it. The import checks every value
 * again whatever the spreadsheet allowed.
 */
final class TemplateChoices {

  private final XSSFSheet sheet;
  private final DataValidationHelper helper;
  private final int firstRow;
  private final int lastRow;

  TemplateChoices(XSSFSheet sheet, int headingRow, int lastRow) {
    this.sheet = sheet;
    this.helper = sheet.getDataValidationHelper();
    this.firstRow = headingRow;
    this.lastRow = lastRow - 1;
  }

  void offer(int measures) {
    List<String> columns = List.copyOf(SheetLayout.COLUMNS.keySet());
    add(
        columns.indexOf("measure"),
        helper.createFormulaListConstraint("Measures!$A$2:$A$" + (measures + 1)),
        "The measure's id, from the Measures sheet. Leave it empty on a finding's row.");
    add(columns.indexOf("count"), whole(0, 1_000_000), "How many of the sample, with 'of'.");
    add(columns.indexOf("of"), whole(1, 1_000_000), "The size of the sample the count is of.");
    add(
        columns.indexOf("percent"),
        helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"),
        "Or the share as a percentage, 0 to 100.");
    add(
        columns.indexOf("phrase"),
        null,
        "Or the share in words: a standard word, or a phrase of the Phrases sheet.");
    add(
        columns.indexOf("statement"),
        whole(1, 4),
        "A finding's statement, 1 to 4. A figure's is its measure's.");
    add(columns.indexOf("kind"), list(EvidenceTemplate.ids(Kind.class)), "A finding's kind.");
    add(columns.indexOf("weight"), list(EvidenceTemplate.ids(Weight.class)), "A finding's weight.");
    add(
        columns.indexOf("aspect"),
        list(EvidenceTemplate.ids(Aspect.class)),
        "The QI 2.1 aspect a finding bears on, if any.");
    add(columns.indexOf("key message"), list("yes", "no"), "Is the finding a key message?");
    add(
        columns.indexOf("outstanding"),
        list("yes", "no"),
        "Is this strength outstanding or sector leading?");
    add(
        columns.indexOf("text"),
        null,
        "A finding's words, or a figure's note. No names or details of children or families.");
  }

  private DataValidationConstraint whole(int from, int to) {
    return helper.createIntegerConstraint(
        OperatorType.BETWEEN, String.valueOf(from), String.valueOf(to));
  }

  private DataValidationConstraint list(String... values) {
    return helper.createExplicitListConstraint(values);
  }

  /** A prompt on the column, and its constraint when it has one. */
  private void add(int column, DataValidationConstraint constraint, String prompt) {
    DataValidationConstraint any =
        constraint != null
            ? constraint
            : helper.createTextLengthConstraint(OperatorType.BETWEEN, "0", "2000");
    DataValidation v =
        helper.createValidation(any, new CellRangeAddressList(firstRow, lastRow, column, column));
    v.createPromptBox(SheetLayout.COLUMNS.keySet().toArray(String[]::new)[column], prompt);
    v.setShowPromptBox(true);
    v.setShowErrorBox(constraint != null);
    sheet.addValidationData(v);
  }
}
