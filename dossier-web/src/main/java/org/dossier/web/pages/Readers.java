package org.dossier.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.dossier.access.Viewer;
import org.dossier.model.Language;
import org.dossier.web.Library;

/** What every page service reads from a request and how it answers a miss. */
final class Readers {
  private Readers() {}

  /**
   * The interface language named by the path's {@code {lang}}: one of the six codes in lower case;
   * anything else is not a page of the reading room.
   */
  static Optional<Language> language(ServerRequest request) {
    String code = request.path().pathParameters().first("lang").orElse("");
    return Language.fromCode(code).filter(language -> language.code().equals(code));
  }

  /**
   * The page for {@code request} in {@code language}, titled {@code title}, read by {@code viewer}.
   */
  static Page page(Viewer viewer, ServerRequest request, Language language, String title) {
    String path = request.path().rawPath();
    String afterLanguage = path.length() > 3 ? path.substring(3) : "/";
    return new Page(language, title, afterLanguage, request.query().rawValue(), viewer);
  }

  /**
   * The page {@code request} asks for, in the language of its path and titled by the message {@code
   * titleKey}, read by the library's viewer; empty when the path names no official language, the
   * request then handed on to the next route.
   */
  static Optional<Page> open(
      Library library, ServerRequest request, ServerResponse response, String titleKey) {
    Optional<Language> language = language(request);
    if (language.isEmpty()) {
      response.next();
      return Optional.empty();
    }
    return Optional.of(
        page(library.viewer(), request, language.get(), Messages.of(language.get()).get(titleKey)));
  }

  /** A query parameter's value, or empty when absent or blank. */
  static Optional<String> parameter(ServerRequest request, String name) {
    return request.query().first(name).asOptional().filter(value -> !value.isBlank());
  }

  /**
   * Where a page of a list starts: the whole number in the query parameter {@code name}, {@code
   * first} when absent; empty when it is no whole number and a 400 saying {@code expected} has been
   * sent.
   */
  static OptionalLong position(
      ServerRequest request,
      ServerResponse response,
      Page page,
      String name,
      long first,
      String expected) {
    try {
      return OptionalLong.of(parameter(request, name).map(Long::parseLong).orElse(first));
    } catch (NumberFormatException e) {
      badRequest(response, page, name + ": expected " + expected + " (a whole number)");
      return OptionalLong.empty();
    }
  }

  /**
   * The link to the list's next page ({@code path} followed by the last item's position), or empty
   * when {@code shown} is not a full page and so the last.
   */
  static <T> String nextPage(
      Page page, List<T> shown, int pageSize, String path, ToLongFunction<T> position) {
    return shown.size() == pageSize ? page.href(path + position.applyAsLong(shown.getLast())) : "";
  }

  /** Every value of a query parameter. */
  static List<String> parameters(ServerRequest request, String name) {
    return request.query().all(name, List::of);
  }

  /** Sends the reader elsewhere (303, so a reload does not repeat a form). */
  static void redirect(ServerResponse response, String location) {
    response.status(Status.SEE_OTHER_303);
    response.header(HeaderNames.LOCATION, location);
    response.send();
  }

  /** A 404 page in the reader's language, with the closest symbols when a symbol was asked. */
  static void notFound(
      ServerResponse response, Page page, String message, List<Views.Link> suggestions) {
    Templates.send(
        response,
        Status.NOT_FOUND_404,
        "error.jte",
        Map.of("page", page, "message", message, "suggestions", suggestions));
  }

  /** A 400 page naming what was wrong with the request. */
  static void badRequest(ServerResponse response, Page page, String detail) {
    Templates.send(
        response,
        Status.BAD_REQUEST_400,
        "error.jte",
        Map.of(
            "page",
            page.titled(page.t("error.badRequest")),
            "message",
            detail,
            "suggestions",
            List.of()));
  }

  /** The scheme and authority the reader used, for absolute addresses: {@code http://host:8080}. */
  static String origin(ServerRequest request) {
    return request.requestedUri().scheme() + "://" + request.requestedUri().authority();
  }
}
