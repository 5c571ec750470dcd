package scot.qiassist.storage;

import java.time.Instant;

/**
 * A sign-in session as the database keeps it.
 *
 * @param idSha256 the SHA-256 of the session's cookie, hex
 * @param holder who signed in, as their token names them
 * @param role their role's id: inspector, moderator or policy
 * @param tokenSha256 the SHA-256 of the token signed in with, hex; null in single-user local mode
 * @param formToken what every form of this sign-in must send back
 * @param started when it began
 * @param expires when it ends unless signed out before
 */
public record StoredSession(
    String idSha256,
    String holder,
    String role,
    String tokenSha256,
    String formToken,
    Instant started,
    Instant expires) {}
