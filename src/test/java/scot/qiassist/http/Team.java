package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.qiassist.pages.PageContext;

/** The people of the service tests, each with a token; and signing one of them in to the pages. */
final class Team {

  static final String INA = "267fc4e8c17a22ea5d2aef760e866c5960cd505b922ae7f106e2354ae9cf2497";
  static final String IVOR = "bbc5efd3ad5e14dedc50751b523cf1bd59c489328fd7a9da26be755585872a52";
  static final String MORAG = "f3ee69257788d9e096a1775012e7fdf47f69870a145e0aebacaf5e4bff17301a";
  static final String POLICY = "4a54cbc6553fe122051aa407ffa1de46786162de3ba824c5b52a2d1ac4e0d69d";

  static final String INA_NAME = "Ina Inspector";
  static final String IVOR_NAME = "Ivor Inspector";
  static final String MORAG_NAME = "Morag Panel";

  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"" + PageContext.FORM_TOKEN_FIELD + "\" value=\"([^\"]+)\"");

  private Team() {}

  /** Two inspectors, a moderator, and policy staff whose token gives no name. */
  static Tokens tokens() {
    try {
      return Tokens.ofIdentities(
          Map.of(
              INA, new Identity(INA_NAME, Role.INSPECTOR),
              IVOR, new Identity(IVOR_NAME, Role.INSPECTOR),
              MORAG, new Identity(MORAG_NAME, Role.MODERATOR),
              POLICY, new Identity("policy", Role.POLICY)));
    } catch (TokensException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A browser signed in with a token: its session cookie, and the form token its pages carry. */
  record Browser(Client client, String formToken) {}

  static Browser signIn(Client anonymous, String token) {
    Reply signedIn = anonymous.postForm("/sign-in", Map.of("token", token, "next", "/"));
    assertThat(signedIn.status()).as("signing in: " + signedIn.body()).isEqualTo(303);
    Client browser = anonymous.with("Cookie", cookie(signedIn));
    return new Browser(browser, formToken(browser.get("/")));
  }

  /** The session cookie a response sets, as a browser sends it back: "name=value". */
  static String cookie(Reply reply) {
    String setCookie =
        reply
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow(() -> new AssertionError("no cookie set"));
    return setCookie.split(";", 2)[0];
  }

  static String formToken(Reply page) {
    Matcher m = FORM_TOKEN.matcher(page.body());
    assertThat(m.find()).as("a form token in " + page.path()).isTrue();
    return m.group(1);
  }
}
