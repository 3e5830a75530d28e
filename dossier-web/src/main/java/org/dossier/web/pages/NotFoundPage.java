package org.dossier.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/**
 * The reading room's 404 for any address no other page answered, in the language of its first path
 * segment if it names one, else the one the browser prefers; it offers the search box.
 */
final class NotFoundPage implements HttpService {
  private final Library library;

  NotFoundPage(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/*", this::notFound);
  }

  private void notFound(ServerRequest request, ServerResponse response) {
    String path = request.path().path();
    String first = path.length() >= 3 ? path.substring(1, 3) : "";
    Language language =
        Language.fromCode(first)
            .filter(found ->
                found.code().equals(first) && (path.length() == 3 || path.charAt(3) == '/'))
            .orElseGet(() ->
                UrlPaths.preferredLanguage(
                    request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse("")));
    Page page =
        new Page(language, Messages.of(language).get("error.notFound"), "/", "", library.viewer());
    Readers.notFound(response, page, page.t("error.notFoundHelp"), List.of());
  }
}
