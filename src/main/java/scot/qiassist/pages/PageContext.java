package scot.qiassist.pages;

/**
 * What every page needs from whoever serves it.
 *
 * @param styles how the page gets its styles
 * @param signedInAs who is signed in, shown in the header, or null
 * @param formToken a token each form carries back in the hidden field {@link #FORM_TOKEN_FIELD}
 *     (against cross-site requests), or null for none
 * @param signOut whether the header offers to sign out: for a sign-in with a token, not for the
 *     single user of local mode
 * @param drafting whether the reader may draft evidence on the evidence pages (an inspector, or the
 *     single user of local mode): the header and the home page then lead to them
 */
public record PageContext(
    Styles styles, String signedInAs, String formToken, boolean signOut, boolean drafting) {

  public static final String FORM_TOKEN_FIELD = "formToken";

  /** Where the header's sign-out button posts to. */
  public static final String SIGN_OUT_PATH = "/sign-out";

  public PageContext(Styles styles, String signedInAs, String formToken, boolean signOut) {
    this(styles, signedInAs, formToken, signOut, false);
  }

  public PageContext {
    if (styles == null) {
      throw new IllegalArgumentException("styles: required");
    }
    if (signOut && (signedInAs == null || formToken == null)) {
      throw new IllegalArgumentException(
          "signOut: only someone signed in, with a form token, can sign out");
    }
  }

  /**
   * A page for the service, with the stylesheets linked; with a sign-out button when someone is
   * signed in.
   */
  public static PageContext served(String signedInAs, String formToken) {
    return new PageContext(
        Styles.served(), signedInAs, formToken, signedInAs != null && formToken != null);
  }

  /** A page for the single user of local mode, who has nothing to sign out of. */
  public static PageContext servedLocally(String user, String formToken) {
    return new PageContext(Styles.served(), user, formToken, false);
  }

  /** The same page for someone who may, or may not, draft evidence. */
  public PageContext withDrafting(boolean mayDraft) {
    return new PageContext(styles, signedInAs, formToken, signOut, mayDraft);
  }

  /** A page written to a file: styles inside, nobody signed in, no form. */
  public static PageContext offline() {
    return new PageContext(Styles.inlined(), null, null, false);
  }
}
