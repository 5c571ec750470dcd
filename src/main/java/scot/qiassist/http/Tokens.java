package scot.qiassist.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.qiassist.storage.EvaluationStore;

/**
 * The bearer tokens the service accepts, each with its role and the name of the person who holds
 * it: the author of the evaluations it posts and the moderator of the decisions it makes.
 *
 * <p>A tokens file has one token a line, "role token name" ("moderator 3f9c... Morag Panel"), the
 * name being the rest of the line; blank lines and lines starting with # are skipped. The
 * environment variable QI_ASSIST_TOKENS holds the same as "role:token:name" entries separated by
 * commas. The name may be left out ("role token", "role:token"), as before names were given: it is
 * then the role itself, so that every unnamed inspector token is one person "inspector", who sees
 * what any of them posted. A token is at least 16 characters with no spaces, commas or colons, and
 * strong enough to guess ({@link TokenStrength}: 128 bits, as {@code openssl rand -hex 32} makes);
 * a name at most 200 characters, with no commas or control characters. Messages name the line,
 * never the token.
 *
 * <p>Only each token's SHA-256 hash is kept. A presented token is hashed and compared with every
 * stored hash in constant time, with no early exit, so neither the time taken nor the length of a
 * token tells a caller how near a guess came.
 */
public final class Tokens {

  public static final String VARIABLE = "QI_ASSIST_TOKENS";
  static final int MIN_LENGTH = 16;

  /** As long as the store takes for an author or a moderator. */
  static final int MAX_NAME = EvaluationStore.MAX_NAME;

  /** A token's SHA-256 hash and who holds it. */
  private record Entry(byte[] hash, Identity identity) {}

  private final List<Entry> entries;

  private Tokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No tokens: the single-user local mode, in which every route is open on 127.0.0.1. */
  public static Tokens none() {
    return new Tokens(List.of());
  }

  public static Tokens of(Map<String, Role> tokens) throws TokensException {
    Builder b = new Builder();
    for (var e : tokens.entrySet()) {
      b.add("token for " + e.getValue().id(), e.getValue().id(), e.getKey(), null);
    }
    return b.build();
  }

  /** Tokens with their holders' names, for tests and callers that build them in code. */
  public static Tokens ofIdentities(Map<String, Identity> tokens) throws TokensException {
    Builder b = new Builder();
    for (var e : tokens.entrySet()) {
      b.add(
          "token for " + e.getValue().name(),
          e.getValue().role().id(),
          e.getKey(),
          e.getValue().name());
    }
    return b.build();
  }

  public static Tokens fromFile(Path file) throws TokensException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TokensException("tokens file " + file + " could not be read: " + e.getMessage());
    }
    Builder b = new Builder();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      String where = "tokens file " + file + " line " + (i + 1);
      if (parts.length < 2) {
        throw new TokensException(
            where
                + ": expected a role, a token and a name separated by spaces, such as 'policy TOKEN Pat Policy'");
      }
      b.add(where, parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }
    return b.build();
  }

  /**
   * Reads "inspector:TOKEN:Ina Inspector,policy:TOKEN2", the form of the QI_ASSIST_TOKENS variable.
   */
  public static Tokens fromVariable(String value) throws TokensException {
    Builder b = new Builder();
    if (value == null || value.isBlank()) {
      return b.build();
    }
    String[] pairs = value.split(",");
    for (int i = 0; i < pairs.length; i++) {
      String where = VARIABLE + " entry " + (i + 1);
      String[] parts = pairs[i].split(":", 3);
      if (parts.length < 2) {
        throw new TokensException(
            where + ": expected role:token:name, such as 'inspector:TOKEN:Ina Inspector'");
      }
      b.add(where, parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2] : null);
    }
    return b.build();
  }

  /** These tokens with another's; a token given twice is refused. */
  public Tokens and(Tokens other) throws TokensException {
    List<Entry> all = new ArrayList<>(entries);
    for (Entry e : other.entries) {
      if (find(e.hash()).isPresent()) {
        throw new TokensException(
            "the same token is given twice, in the tokens file and in " + VARIABLE);
      }
      all.add(e);
    }
    return new Tokens(all);
  }

  /** The role of a token, comparing in constant time so timing does not leak a token. */
  public Optional<Role> roleOf(String token) {
    return identityOf(token).map(Identity::role);
  }

  /** Who holds a token, and its role; compared in constant time as {@link #roleOf}. */
  public Optional<Identity> identityOf(String token) {
    return token == null ? Optional.empty() : find(hash(token)).map(Entry::identity);
  }

  /**
   * Who holds the token whose SHA-256 (hex) this is: how a stored sign-in is checked against the
   * tokens in force now, without the database holding a token.
   */
  public Optional<Identity> identityOfSha256(String sha256) {
    if (sha256 == null) {
      return Optional.empty();
    }
    byte[] hash;
    try {
      hash = HexFormat.of().parseHex(sha256);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return find(hash).map(Entry::identity);
  }

  /** Every entry is compared, whether or not one matched before it. */
  private Optional<Entry> find(byte[] hash) {
    Entry found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.hash(), hash)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    entries.forEach(e -> roles.add(e.identity().role()));
    return roles;
  }

  private static final class Builder {
    private final Map<String, Identity> byToken = new LinkedHashMap<>();

    /** Adds a token; a null or blank name is the role's own. */
    void add(String where, String role, String token, String name) throws TokensException {
      Role r =
          Role.fromId(role)
              .orElseThrow(
                  () ->
                      new TokensException(
                          where
                              + ": '"
                              + role
                              + "' is not a role; expected inspector, moderator or policy"));
      if (token.length() < MIN_LENGTH || !token.matches("[^\\s,:]+")) {
        throw new TokensException(
            where
                + ": the token must be at least "
                + MIN_LENGTH
                + " characters with no spaces, commas or colons");
      }
      var weakness = TokenStrength.weakness(token);
      if (weakness.isPresent()) {
        throw new TokensException(where + ": " + weakness.get());
      }
      String holder = name == null || name.isBlank() ? r.id() : name.strip();
      if (holder.length() > MAX_NAME
          || holder.chars().anyMatch(c -> Character.isISOControl(c) || c == ',')) {
        throw new TokensException(
            where
                + ": the name must be at most "
                + MAX_NAME
                + " characters with no commas or control characters");
      }
      if (byToken.put(token, new Identity(holder, r)) != null) {
        throw new TokensException(where + ": this token is already given above");
      }
    }

    Tokens build() {
      List<Entry> entries = new ArrayList<>();
      byToken.forEach((t, identity) -> entries.add(new Entry(hash(t), identity)));
      return new Tokens(entries);
    }
  }
}
