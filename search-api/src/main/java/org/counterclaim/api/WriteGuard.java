package org.counterclaim.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a write through only with the server's token as {@code Authorization: Bearer <token>}: a read-only server
 * (no token) answers 403, a missing or wrong token 401. The token is compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about the token, not even its length.
 */
final class WriteGuard {

  private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);
  private static final String BEARER = "Bearer ";

  /** The token's digest, or null on a read-only server. */
  private final byte[] expected;

  WriteGuard(AccessPolicy access) {
    this.expected = access.writable() ? sha256(access.writeToken()) : null;
  }

  /** The handler, behind the check. */
  Handler protect(Handler write) {
    return ctx -> {
      check(ctx);
      write.handle(ctx);
    };
  }

  private void check(Context ctx) {
    if (expected == null) {
      throw new ForbiddenResponse("read-only", Map.of("detail", "this server only reads; to allow writes, start it"
          + " with a write token (environment variable COUNTERCLAIM_WRITE_TOKEN or serve --write-token-file PATH)"
          + " and send it as 'Authorization: Bearer <token>'"));
    }
    String header = ctx.header("Authorization");
    boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    if (!bearer || !MessageDigest.isEqual(expected, sha256(header.substring(BEARER.length()).strip()))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"counterclaim\"" + (bearer ? ", error=\"invalid_token\"" : ""));
      LOG.warn("write refused: {} {} from {}: {} token", ctx.method(), ctx.path(), ctx.ip(), bearer ? "wrong" : "no");
      throw new UnauthorizedResponse("unauthorized", Map.of("detail", bearer
          ? "the token is not this server's write token"
          : "writes need the server's write token as 'Authorization: Bearer <token>'"));
    }
    LOG.info("write accepted: {} {} from {}", ctx.method(), ctx.path(), ctx.ip());
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
