package scot.qiassist.pages;

/**
 * What every page needs from whoever serves it.
 *
 * @param styles how the page gets its styles
 * @param signedInAs who is signed in, shown in the header, or null
 * @param formToken a token each form carries back in the hidden field {@link #FORM_TOKEN_FIELD}
 *     (against cross-site requests), or null for none
 */
public record PageContext(Styles styles, String signedInAs, String formToken) {

  public static final String FORM_TOKEN_FIELD = "formToken";

  public PageContext {
    if (styles == null) {
      throw new IllegalArgumentException("styles: required");
    }
  }

  /** A page for the service, with the stylesheets linked. */
  public static PageContext served(String signedInAs, String formToken) {
    return new PageContext(Styles.served(), signedInAs, formToken);
  }

  /** A page written to a file: styles inside, nobody signed in, no form. */
  public static PageContext offline() {
    return new PageContext(Styles.inlined(), null, null);
  }
}
