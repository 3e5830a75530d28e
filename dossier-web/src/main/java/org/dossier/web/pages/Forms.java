package org.dossier.web.pages;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.web.Library;
import org.dossier.web.auth.Sessions;

/**
 * What every workflow page does before it acts: the reader must be signed in (the anonymous are
 * sent to sign in) with a role that may use the page (else a 403 page), every POST must carry the
 * session's CSRF token (else a 403 and nothing changes), and a document named by id must be one the
 * viewer sees (else the 404 of a document that does not exist, word for word).
 */
final class Forms {
  private final Library library;
  private final Sessions sessions;

  Forms(Library library, Sessions sessions) {
    this.library = library;
    this.sessions = sessions;
  }

  Library library() {
    return library;
  }

  /** A workflow request let through: who reads, the page it is answered on, their session. */
  record Work(Viewer viewer, Page page, Sessions.Session session) {}

  /** What a workflow page does once its request is let through. */
  @FunctionalInterface
  interface WorkHandler {
    void handle(ServerRequest request, ServerResponse response, Work work);
  }

  /** The handler of a workflow page titled {@code titleKey}: {@link #open}, then {@code page}. */
  Handler page(String titleKey, Predicate<Viewer> allowed, WorkHandler page) {
    return (request, response) ->
        open(request, response, titleKey, allowed)
            .ifPresent(work -> page.handle(request, response, work));
  }

  /**
   * The request to a workflow page titled {@code titleKey}, let through when its path names a
   * language and its reader is signed in with a role {@code allowed}; empty when it was passed on
   * (no language: not a page of the reading room) or answered as {@link #gate} answers.
   */
  Optional<Work> open(
      ServerRequest request, ServerResponse response, String titleKey, Predicate<Viewer> allowed) {
    return Readers.open(library, request, response, titleKey)
        .flatMap(page ->
            gate(request, response, page, allowed.test(page.viewer()))
                .map(session -> new Work(page.viewer(), page, session)));
  }

  /**
   * The signed-in session of a reader whose role may use the page, or empty when the answer was
   * sent: the anonymous to the sign-in page, a signed-in reader without the role a 403 page.
   */
  private Optional<Sessions.Session> gate(
      ServerRequest request, ServerResponse response, Page page, boolean allowed) {
    Optional<Sessions.Session> session = sessions.of(request);
    if (session.isEmpty()) {
      // Back to a page after signing in, never to a form's action (it has no page to show).
      Readers.redirect(
          response,
          request.prologue().method() == Method.GET
              ? LoginPage.signInFor(page)
              : page.href("/login"));
      return Optional.empty();
    }
    if (!allowed) {
      forbidden(response, page, page.t("work.forbidden"));
      return Optional.empty();
    }
    return session;
  }

  /**
   * Whether the form carries the session's CSRF token (compared in constant time); if not, a 403
   * page has been sent and nothing may change.
   */
  boolean csrf(ServerResponse response, Page page, Sessions.Session session, String submitted) {
    if (Sessions.csrfMatches(session, submitted)) {
      return true;
    }
    forbidden(response, page, page.t("work.csrf"));
    return false;
  }

  /** The CSRF token of the reader's session, for the forms of a page; empty if not signed in. */
  String csrfToken(ServerRequest request) {
    return sessions.of(request).map(Sessions.Session::csrfToken).orElse("");
  }

  /**
   * The document with this id as the viewer sees it; when it is hidden or missing (or the id is no
   * number) the same 404 page has been sent for both.
   */
  Optional<CataloguedDocument> document(ServerRequest request, ServerResponse response, Page page) {
    String typed = request.path().pathParameters().get("id");
    Optional<CataloguedDocument> found = Optional.empty();
    try {
      found = library.catalogue().document(Long.parseLong(typed));
    } catch (NumberFormatException e) {
      // Not an id: no document has it.
    }
    if (found.isEmpty()) {
      Readers.notFound(
          response,
          page.titled(page.t("error.notFound")),
          page.t("error.noDocument", "#" + typed),
          List.of());
    }
    return found;
  }

  /** The fields of a posted URL-encoded form; none when the request has no body. */
  static Parameters fields(ServerRequest request) {
    return request.content().hasEntity()
        ? request.content().as(Parameters.class)
        : Parameters.empty("form");
  }

  /** A 403 page saying why. */
  static void forbidden(ServerResponse response, Page page, String message) {
    Templates.send(
        response,
        Status.FORBIDDEN_403,
        "error.jte",
        Map.of(
            "page", page.titled(page.t("work.forbiddenTitle")),
            "message", message,
            "suggestions", List.of()));
  }
}
