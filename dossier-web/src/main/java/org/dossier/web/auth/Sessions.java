package org.dossier.web.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossier.access.AccessControl;
import org.dossier.access.Viewer;
import org.dossier.catalogue.SessionStore;

/**
 * Signed-in sessions, kept server-side in the catalogue ({@link SessionStore}) so that a restart
 * signs no one out. A session id is 256 random bits from {@link SecureRandom}; the cookie carries
 * only the id, the catalogue keeps its SHA-256 (never the id: a copy of the catalogue signs no one
 * in), the account, the CSRF token and the expiry. The account is looked up on each request, so a
 * disabled account's sessions stop at once. An id the store did not issue is never adopted (no
 * session fixation): signing in always issues a new id and forgets the old one.
 */
public final class Sessions {
  /** The session cookie's name. */
  public static final String COOKIE = "dossier_session";

  /** The form field that carries a session's CSRF token (and the sign-in form's token). */
  public static final String CSRF_FIELD = "csrf";

  /** The cookie of the sign-in form's pre-session token (signed double submit). */
  public static final String LOGIN_COOKIE = "dossier_login";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration LIFETIME = Duration.ofHours(8);

  private final Clock clock;
  private final SessionStore store;
  private final AccessControl accessControl;
  private final byte[] loginKey = randomBytes();

  /** A signed-in viewer's session. */
  public record Session(String id, Viewer viewer, String csrfToken, Instant expires) {}

  /**
   * @param store where sessions are kept ({@code installation.catalogue().sessions()})
   * @param accessControl finds the viewer of a session's account
   */
  public Sessions(Clock clock, SessionStore store, AccessControl accessControl) {
    this.clock = clock;
    this.store = store;
    this.accessControl = accessControl;
  }

  /**
   * Starts a new session for {@code viewer}, with a new id and a new CSRF token; sessions that
   * expired meanwhile are forgotten.
   */
  public Session start(Viewer viewer) {
    Instant now = clock.instant();
    store.deleteExpired(now);
    Session session = new Session(random(), viewer, random(), now.plus(LIFETIME));
    store.put(
        new SessionStore.StoredSession(
            hash(session.id()), viewer.name(), session.csrfToken(), session.expires()));
    return session;
  }

  /**
   * The live session the request's cookie names, if any, reading as its account now; an expired one
   * is forgotten, and a disabled account's reads as no session.
   */
  public Optional<Session> of(ServerRequest request) {
    Optional<String> id = request.headers().cookies().first(COOKIE).asOptional();
    if (id.isEmpty() || id.get().isEmpty()) {
      return Optional.empty();
    }
    return store
        .find(hash(id.get()), clock.instant())
        .flatMap(kept ->
            accessControl
                .signedIn(kept.accountName())
                .map(viewer -> new Session(id.get(), viewer, kept.csrfToken(), kept.expires())));
  }

  /** Forgets the request's session, if any, and tells the browser to drop its cookie. */
  public void end(ServerRequest request, ServerResponse response) {
    request
        .headers()
        .cookies()
        .first(COOKIE)
        .asOptional()
        .map(Sessions::hash)
        .ifPresent(store::delete);
    response.headers().addCookie(cookie(request, "").maxAge(Duration.ZERO).build());
  }

  /**
   * Ends every other session of {@code session}'s account (other browsers, a stolen cookie): once
   * its password changes, only the session that changed it stays signed in.
   */
  public void endOthers(Session session) {
    store.deleteOthers(session.viewer().name(), hash(session.id()));
  }

  /** The SHA-256 (hex) of a session id, as the store keys it. */
  private static String hash(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Sets the cookie of {@code session} on the response. */
  public void send(ServerRequest request, ServerResponse response, Session session) {
    response.headers().addCookie(cookie(request, session.id()).maxAge(LIFETIME).build());
    response.header(HeaderNames.CACHE_CONTROL, "no-store");
  }

  /** Whether {@code submitted} is the session's CSRF token (compared in constant time). */
  public static boolean csrfMatches(Session session, String submitted) {
    return submitted != null
        && MessageDigest.isEqual(
            session.csrfToken().getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The sign-in form's token against login CSRF (a cross-site form signing the browser in to an
   * account of the attacker's), before any session exists: a random nonce and its HMAC under this
   * server's key, set as a cookie and written into the form; the sign-in must send both and they
   * must match. Another site can neither read the cookie nor, through a related domain, plant a
   * pair it made up: the HMAC needs the key. A valid token the browser already has is kept, so
   * several open forms all work.
   */
  public String loginToken(ServerRequest request, ServerResponse response) {
    Optional<String> held = request.headers().cookies().first(LOGIN_COOKIE).asOptional();
    if (held.isPresent() && signed(held.get())) {
      return held.get();
    }
    String nonce = random();
    String token = nonce + "." + mac(nonce);
    response
        .headers()
        .addCookie(
            SetCookie.builder(LOGIN_COOKIE, token)
                .path("/")
                .httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT)
                .secure(secure(request))
                .build());
    return token;
  }

  /** Whether the posted sign-in form carries the token its cookie holds, signed by this server. */
  public boolean loginTokenMatches(ServerRequest request, String submitted) {
    Optional<String> held = request.headers().cookies().first(LOGIN_COOKIE).asOptional();
    return submitted != null
        && held.isPresent()
        && signed(held.get())
        && MessageDigest.isEqual(
            held.get().getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII));
  }

  private boolean signed(String token) {
    int dot = token.indexOf('.');
    return dot > 0
        && MessageDigest.isEqual(
            mac(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
            token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(String nonce) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(loginKey, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(hmac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The cookie: HttpOnly, SameSite=Lax, path {@code /}, and Secure unless the request came over
   * plain HTTP from the loopback interface (a reader on the same machine, where no TLS is set up
   * and browsers would otherwise drop the cookie). Anywhere else a plain-HTTP sign-in gets a Secure
   * cookie the browser never returns: signing in needs TLS in front of the server.
   */
  private static SetCookie.Builder cookie(ServerRequest request, String value) {
    return SetCookie.builder(COOKIE, value)
        .path("/")
        .httpOnly(true)
        .sameSite(SetCookie.SameSite.LAX)
        .secure(secure(request));
  }

  private static boolean secure(ServerRequest request) {
    boolean loopback =
        request.remotePeer().address() instanceof InetSocketAddress peer
            && peer.getAddress() != null
            && peer.getAddress().isLoopbackAddress();
    return request.isSecure() || !loopback;
  }

  private static String random() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
