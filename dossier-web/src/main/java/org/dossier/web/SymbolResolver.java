package org.dossier.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.model.Language;
import org.dossier.model.Symbol;
import org.dossier.search.query.QueryParser;

/**
 * {@code /{lang}/{symbol}}: resolves a symbol in any spelling — case, stray spaces, the file-name
 * form {@code A_HRC_43_G_17}, a language as {@code FR} or {@code fra} — to the document's canonical
 * URL {@code /fr/A/HRC/43/G/17} (301), as the UN's own resolver does. A canonical URL is handed on
 * to the page services ({@code response.next()}); a symbol that answers to no visible document gets
 * a 404 suggesting the closest catalogued ones; what is not a symbol at all (a page such as {@code
 * /en/search}) is handed on untouched.
 */
final class SymbolResolver implements HttpService {
  private static final int SUGGESTIONS = 5;

  private final Library library;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  SymbolResolver(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/{+symbol}", this::resolve);
  }

  private void resolve(ServerRequest request, ServerResponse response) {
    Map<String, String> parameters =
        Map.of(
            "lang", request.path().pathParameters().get("lang"),
            "symbol", request.path().pathParameters().get("symbol"));
    Optional<Language> language = Language.fromCode(parameters.get("lang"));
    String typed = parameters.get("symbol").strip();
    if (language.isEmpty() || typed.isEmpty()) {
      response.next();
      return;
    }
    Optional<CataloguedDocument> document = library.document(typed);
    if (document.isPresent()) {
      String canonical = canonicalPath(language.get(), document.get());
      if (canonical.equals(request.path().rawPath())) {
        response.next();
      } else {
        String query = request.query().rawValue();
        response.status(Status.MOVED_PERMANENTLY_301);
        response.header(
            HeaderNames.LOCATION, query.isEmpty() ? canonical : canonical + "?" + query);
        response.send();
      }
      return;
    }
    if (!looksLikeASymbol(typed)) {
      response.next();
      return;
    }
    notFound(language.get(), typed, response);
  }

  /**
   * The canonical path of a document in a language: the symbol as printed (the provisional key
   * while it has none), its characters percent-encoded where a path needs it, slashes kept.
   */
  static String canonicalPath(Language language, CataloguedDocument document) {
    return UrlPaths.encode("/" + language.code() + "/" + document.key());
  }

  private static boolean looksLikeASymbol(String typed) {
    String spelled = typed.contains("_") && !typed.contains("/") ? typed.replace('_', '/') : typed;
    return Symbol.tryParse(QueryParser.normaliseSymbol(spelled)).isPresent();
  }

  private void notFound(Language language, String typed, ServerResponse response) {
    List<String> suggestions = library.similarSymbols(typed, SUGGESTIONS);
    StringOutput page = new StringOutput();
    templates.render(
        "resolver/notFound.jte",
        Map.of(
            "lang",
            language.code(),
            "dir",
            language == Language.AR ? "rtl" : "ltr",
            "typed",
            typed,
            "suggestions",
            suggestions),
        page);
    response.status(Status.NOT_FOUND_404);
    response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    response.send(page.toString());
  }
}
