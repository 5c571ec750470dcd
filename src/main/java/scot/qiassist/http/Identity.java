package scot.qiassist.http;

import io.javalin.http.Context;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.StoredEvaluation;

/**
 * Who a request speaks for: the name its token carries (the author of what it stores, the moderator
 * of what it decides) and the token's role.
 *
 * <p>What each role sees of the stored evaluations: an inspector their own (by name), a moderator
 * and policy staff all of them. Policy staff read past evaluations to judge what a rule change
 * would do to them; only moderators record decisions (the route table says so).
 *
 * @param name the person, from the token's line; tokens with the same name are the same person's
 * @param role the token's role
 */
public record Identity(String name, Role role) {

  /** The one user of single-user local mode (no tokens): may do everything a moderator may. */
  public static final Identity LOCAL = new Identity("local", Role.MODERATOR);

  static final String ATTRIBUTE = "qi-assist.identity";

  public Identity {
    if (name == null || name.isBlank() || role == null) {
      throw new IllegalArgumentException("an identity needs a name and a role");
    }
  }

  /** The identity the access check put on this request. */
  static Identity of(Context ctx) {
    Identity identity = ctx.attribute(ATTRIBUTE);
    if (identity == null) {
      throw new IllegalStateException(
          ctx.path() + " was reached with no identity: the route needs roles in the route table");
    }
    return identity;
  }

  /** The filter narrowed to what this identity may see. */
  EvaluationFilter scope(EvaluationFilter filter) {
    return role == Role.INSPECTOR ? filter.withAuthor(name) : filter;
  }

  /** The author whose evaluations this identity may see, or null for all of them. */
  String authorScope() {
    return role == Role.INSPECTOR ? name : null;
  }

  boolean sees(StoredEvaluation stored) {
    return role != Role.INSPECTOR || stored.author().equals(name);
  }

  boolean mayDecide() {
    return role == Role.MODERATOR;
  }
}
