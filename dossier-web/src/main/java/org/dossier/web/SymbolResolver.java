package org.dossier.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.model.Language;

/**
 * {@code /{lang}/{symbol}}: resolves a symbol in any spelling — case, stray spaces, the file-name
 * form {@code A_HRC_43_G_17}, a language as {@code FR} or {@code fra} — to the document's canonical
 * URL {@code /fr/A/HRC/43/G/17} (301), as the UN's own resolver does. A canonical URL is handed on
 * to the page services ({@code response.next()}), and so is anything that answers to no visible
 * document: a page such as {@code /en/search} is served by its own service, and an unknown symbol
 * gets the document page's 404 in the reader's language, suggesting the closest visible symbols.
 */
final class SymbolResolver implements HttpService {
  private final Library library;

  SymbolResolver(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/{+symbol}", this::resolve);
  }

  private void resolve(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Language.fromCode(request.path().pathParameters().get("lang"));
    String typed = request.path().pathParameters().get("symbol").strip();
    Optional<String> canonical =
        language.isEmpty() || typed.isEmpty()
            ? Optional.empty()
            : library.document(typed).map(document -> canonicalPath(language.get(), document));
    if (canonical.isEmpty() || canonical.get().equals(request.path().rawPath())) {
      response.next();
      return;
    }
    String query = request.query().rawValue();
    response.status(Status.MOVED_PERMANENTLY_301);
    response.header(
        HeaderNames.LOCATION, query.isEmpty() ? canonical.get() : canonical.get() + "?" + query);
    response.send();
  }

  /**
   * The canonical path of a document in a language: the symbol as printed (the provisional key
   * while it has none), its characters percent-encoded where a path needs it, slashes kept.
   */
  static String canonicalPath(Language language, CataloguedDocument document) {
    return UrlPaths.encode("/" + language.code() + "/" + document.key());
  }
}
