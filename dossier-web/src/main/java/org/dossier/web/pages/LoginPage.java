package org.dossier.web.pages;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.access.AccessControl;
import org.dossier.access.Viewer;
import org.dossier.model.Language;
import org.dossier.web.api.Problems;
import org.dossier.web.auth.Sessions;

/**
 * Signing in and out: {@code /{lang}/login} shows the form (or, to a signed-in reader, who they are
 * and the sign-out button), {@code POST /{lang}/login} checks the account through {@link
 * AccessControl#login} — one answer for an unknown name, a wrong password and a disabled account,
 * after equal work, and throttled — and on success starts a new session (the cookie the browser
 * came with, if any, is forgotten: no fixation). {@code POST /{lang}/logout} ends the session; like
 * every form of a signed-in reader it must carry the session's CSRF token. A reader sent here from
 * a page that needs signing in comes with {@code ?next=} that page, carried by the form and gone to
 * once signed in — a path on this site only (see {@link #localPath}), else the home page.
 */
final class LoginPage implements HttpService {
  private final AccessControl accessControl;
  private final Sessions sessions;

  LoginPage(AccessControl accessControl, Sessions sessions) {
    this.accessControl = accessControl;
    this.sessions = sessions;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/{lang}/login", this::form)
        .post("/{lang}/login", this::login)
        .post("/{lang}/logout", this::logout);
  }

  private void form(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    show(
        request,
        response,
        language.get(),
        Status.OK_200,
        null,
        "",
        localPath(request.query().first(NEXT).orElse(null)).orElse(null));
  }

  /** The sign-in page for a reader of {@code page} who must sign in first, to come back after. */
  static String signInFor(Page page) {
    return page.href("/login")
        + "?"
        + NEXT
        + "="
        + URLEncoder.encode(page.switchTo(page.language()), StandardCharsets.UTF_8);
  }

  /**
   * {@code next} when a path on this site: starting with one {@code /} (not {@code //host} nor
   * {@code /\host}, which browsers take for another site), without scheme, authority or control
   * characters. Anything else is dropped, so the sign-in never redirects off the site.
   */
  static Optional<String> localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null
          ? Optional.of(next)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private void login(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    Parameters form = Forms.fields(request);
    if (!sessions.loginTokenMatches(request, form.first(Sessions.CSRF_FIELD).orElse(null))) {
      Problems.send(response, Status.FORBIDDEN_403, LOGIN_CSRF_REFUSED);
      return;
    }
    String name = form.first("name").orElse("").strip();
    Optional<String> next = localPath(form.first(NEXT).orElse(null));
    String password = form.first("password").orElse("");
    Messages messages = Messages.of(language.get());
    switch (accessControl.login(name, password, source(request))) {
      case AccessControl.Login.Success success -> {
        sessions.end(request, response);
        sessions.send(request, response, sessions.start(success.viewer()));
        Readers.redirect(response, next.orElse("/" + language.get().code() + "/"));
      }
      case AccessControl.Login.Refused refused ->
          show(
              request,
              response,
              language.get(),
              Status.UNAUTHORIZED_401,
              messages.get("login.refused"),
              name,
              next.orElse(null));
      case AccessControl.Login.Throttled throttled -> {
        long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
        response.header(HeaderNames.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
        show(
            request,
            response,
            language.get(),
            Status.TOO_MANY_REQUESTS_429,
            messages.plural("login.throttled", minutes),
            name,
            next.orElse(null));
      }
    }
  }

  private void logout(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    Optional<Sessions.Session> session = sessions.of(request);
    Parameters form = Forms.fields(request);
    if (session.isPresent()
        && !Sessions.csrfMatches(session.get(), form.first(Sessions.CSRF_FIELD).orElse(null))) {
      Problems.send(response, Status.FORBIDDEN_403, CSRF_REFUSED);
      return;
    }
    sessions.end(request, response);
    Readers.redirect(response, "/" + language.get().code() + "/");
  }

  /** The form field (and query parameter) naming the page to go to once signed in. */
  static final String NEXT = "next";

  /** The answer to a sign-in not sent from this server's form (login CSRF), checked first. */
  static final String LOGIN_CSRF_REFUSED =
      "The sign-in did not come from this site's sign-in form: reload the form and sign in again.";

  /** The answer to a form of a signed-in reader without its session's CSRF token. */
  static final String CSRF_REFUSED =
      "The form did not carry this session's CSRF token: reload the page and send it again.";

  private void show(
      ServerRequest request,
      ServerResponse response,
      Language language,
      Status status,
      String message,
      String name,
      String next) {
    Optional<Sessions.Session> session = sessions.of(request);
    Page page =
        Readers.page(
            session.map(Sessions.Session::viewer).orElse(Viewer.anonymous()),
            request,
            language,
            Messages.of(language).get("login.title"));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("message", message);
    parameters.put("name", name);
    parameters.put("next", next);
    parameters.put("signedInAs", session.map(live -> live.viewer().name()).orElse(null));
    parameters.put(
        "csrf",
        session.isPresent() ? session.get().csrfToken() : sessions.loginToken(request, response));
    Templates.send(response, status, "login.jte", parameters);
  }

  /** Where the attempt comes from, for the throttle's per-source count. */
  static String source(ServerRequest request) {
    return request.remotePeer().address() instanceof InetSocketAddress peer
            && peer.getAddress() != null
        ? peer.getAddress().getHostAddress()
        : "unknown";
  }
}
