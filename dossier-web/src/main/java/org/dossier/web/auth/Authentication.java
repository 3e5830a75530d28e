package org.dossier.web.auth;

import io.helidon.http.HeaderNames;
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
 */
public final class Authentication implements Filter {
  static final String TOKEN_REFUSED = "The API token is not valid.";
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
      library.readAs(token.get().viewer(), chain::proceed);
      return;
    }
    Viewer viewer = sessions.of(request).map(Sessions.Session::viewer).orElse(Viewer.anonymous());
    library.readAs(viewer, chain::proceed);
  }
}
