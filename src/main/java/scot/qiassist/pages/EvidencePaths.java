package scot.qiassist.pages;

/** Where the evidence pages are: the route table's paths and the links the pages write. */
public final class EvidencePaths {

  public static final String LIST = "/evidence";
  public static final String NEW = "/evidence/new";
  public static final String DRAFT = "/evidence/{id}";
  public static final String DETAILS = "/evidence/{id}/details";
  public static final String FIGURES = "/evidence/{id}/figures";
  public static final String NEW_FIGURE = "/evidence/{id}/figures/new";
  public static final String FIGURE = "/evidence/{id}/figures/{item}";
  public static final String REMOVE_FIGURE = "/evidence/{id}/figures/{item}/remove";
  public static final String FINDINGS = "/evidence/{id}/findings";
  public static final String NEW_FINDING = "/evidence/{id}/findings/new";
  public static final String FINDING = "/evidence/{id}/findings/{item}";
  public static final String REMOVE_FINDING = "/evidence/{id}/findings/{item}/remove";
  public static final String PANEL = "/evidence/{id}/panel";
  public static final String EXPORT = "/evidence/{id}/evidence.json";
  public static final String SUBMIT = "/evidence/{id}/submit";
  public static final String IMPORT = "/evidence/{id}/import";
  public static final String TEMPLATE_XLSX = "/evidence/template.xlsx";
  public static final String TEMPLATE_CSV = "/evidence/template.csv";

  /** The script that updates the live panel as the inspector types and filters the measures. */
  public static final String SCRIPT = "/qi-assist-evidence.js";

  private EvidencePaths() {}

  /** A path of the table with the draft's id (and an item's) put in, each percent-encoded. */
  public static String of(String path, String id) {
    return path.replace("{id}", UrlPaths.segment(id));
  }

  public static String of(String path, String id, int item) {
    return of(path, id).replace("{item}", String.valueOf(item));
  }
}
