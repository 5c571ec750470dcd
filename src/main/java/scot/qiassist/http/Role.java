package scot.qiassist.http;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who a bearer token speaks for; each route names the roles that may use it. */
public enum Role implements RouteRole {
  INSPECTOR("inspector"),
  MODERATOR("moderator"),
  POLICY("policy");

  /** Every role: routes that any holder of a token may use. */
  static final Role[] ANY = values();

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** The roles in words, for messages: "inspector, moderator or policy". */
  static String list(Iterable<? extends RouteRole> roles) {
    String all =
        Arrays.stream(values())
            .filter(r -> contains(roles, r))
            .map(Role::id)
            .collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
  }

  private static boolean contains(Iterable<? extends RouteRole> roles, Role role) {
    for (RouteRole r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
