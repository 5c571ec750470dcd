package scot.qiassist.evidence;

import java.util.List;

/** The four inspection statements, by number. */
public final class Statement {

  private static final List<String> TITLES =
      List.of(
          "Children and young people are safer because risks have been identified early and responded to effectively.",
          "Children and young people's lives improve with high quality planning and support, ensuring they experience sustained loving and nurturing relationships to keep them safe from further harm.",
          "Children, young people and families are meaningfully and appropriately involved in decisions about their lives and influence service planning, delivery and improvement.",
          "Collaborative strategic leadership, planning and operational management ensure high standards of service delivery.");

  private Statement() {}

  public static String title(int statement) {
    if (statement < 1 || statement > 4) {
      throw new IllegalArgumentException("statement " + statement + " is not 1-4");
    }
    return TITLES.get(statement - 1);
  }
}
