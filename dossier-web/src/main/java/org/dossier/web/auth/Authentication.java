package org.dossier.web.auth;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import org.dossier.access.AccessControl;
import org.dossier.access.Viewer;
import org.dossier.web.Library;
import org.dossier.web.api.Problems;

/**
 * Resolves each request's viewer and runs the request reading as it ({@link Library#readAs}). Under
 * {@code /api/}, an {@code Authorization: Bearer <token>} header names an API token: a valid one
 * reads as its account; a forged, revoked or never-issued one is refused with one and the same 401.
 * Otherwise a live session cookie reads as its account, and anything else as the anonymous public.
 * The administrator's import route keeps its own token ({@code DATA/server.json}) and is left to
 * check it.
 *
 * <p>A write under {@code /api/} (any method but GET, HEAD and OPTIONS) needs more than a reader: a
 * token of {@link AccessControl.TokenScope#WRITE WRITE} scope (a READ token: 403 naming the scope),
 * or a session cookie together with the session's CSRF token in the {@value #CSRF_HEADER} header (a
 * cookie alone: 403, so no cross-site form can write); without either, 401. The request's body is
 * not read before these checks pass.
 */
public final class Authentication implements Filter {
  static final String TOKEN_REFUSED = "The API token is not valid.";

  /** The header an API write sent with a session cookie carries the session's CSRF token in. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  static final String WRITE_NEEDS_CREDENTIALS =
      "Writing needs a WRITE-scope API token (Authorization: Bearer dossier_…) or a signed-in"
          + " session with its CSRF token in the "
          + CSRF_HEADER
          + " header.";
  static final String READ_SCOPE =
      "This API token has READ scope: it may read but not write; writing needs a token of WRITE"
          + " scope.";
  static final String CSRF_REFUSED =
      "The "
          + CSRF_HEADER
          + " header is missing or is not this session's CSRF token: a session writes through the"
          + " API only with it.";
  private static final HeaderName CSRF = HeaderNames.create(CSRF_HEADER);
  private static final String BEARER = "Bearer ";
  private static final String ADMIN_PATHS = "/api/v1/admin/";

  private final Library library;
  private final AccessControl accessControl;
  private final Sessions sessions;

  public Authentication(Library library, AccessControl accessControl, Sessions sessions) {
    this.library = library;
    this.accessControl = accessControl;
    this.sessions = sessions;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
    String path = request.path().path();
    // What is answered depends on who asks: no shared cache may hand one reader's answer to
    // another.
    response.header(HeaderNames.VARY, "Cookie, Authorization");
    Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
    if (path.startsWith("/api/") && !path.startsWith(ADMIN_PATHS) && authorization.isPresent()) {
      String value = authorization.get();
      Optional<AccessControl.TokenLogin> token =
          value.regionMatches(true, 0, BEARER, 0, BEARER.length())
              ? accessControl.authenticate(value.substring(BEARER.length()).strip())
              : Optional.empty();
      if (token.isEmpty()) {
        response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        Problems.send(response, Status.UNAUTHORIZED_401, TOKEN_REFUSED);
        return;
      }
      if (isApiWrite(request) && token.get().scope() != AccessControl.TokenScope.WRITE) {
        Problems.send(response, Status.FORBIDDEN_403, READ_SCOPE);
        return;
      }
      library.readAs(token.get().viewer(), chain::proceed);
      return;
    }
    Optional<Sessions.Session> session = sessions.of(request);
    if (isApiWrite(request)) {
      if (session.isEmpty()) {
        response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        Problems.send(response, Status.UNAUTHORIZED_401, WRITE_NEEDS_CREDENTIALS);
        return;
      }
      if (!Sessions.csrfMatches(session.get(), request.headers().first(CSRF).orElse(null))) {
        Problems.send(response, Status.FORBIDDEN_403, CSRF_REFUSED);
        return;
      }
    }
    Viewer viewer = session.map(Sessions.Session::viewer).orElse(Viewer.anonymous());
    library.readAs(viewer, chain::proceed);
  }

  /** A request that may change something through the API (the administrator's route aside). */
  private static boolean isApiWrite(RoutingRequest request) {
    String path = request.path().path();
    Method method = request.prologue().method();
    return path.startsWith("/api/")
        && !path.startsWith(ADMIN_PATHS)
        && method != Method.GET
        && method != Method.HEAD
        && method != Method.OPTIONS;
  }
}
