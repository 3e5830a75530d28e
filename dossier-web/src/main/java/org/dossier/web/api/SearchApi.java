package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;
import org.dossier.search.query.QuerySyntaxException;
import org.dossier.web.Library;

/**
 * {@code GET /api/v1/search?q=…}: the query language of {@code dossier search}, one hit per
 * document, cursor paging. Parameters: {@code q}, {@code lang} (only versions in that language),
 * {@code filter=facet:value} (repeatable), {@code facets=true}, {@code sort}, {@code pageSize},
 * {@code cursor}.
 *
 * <pre>curl 'http://localhost:8080/api/v1/search?q=body:HRC+%22human+rights%22&amp;facets=true'
 * </pre>
 */
final class SearchApi extends ApiResource {
  static final List<String> SORTS = List.of("relevance", "newest", "oldest");
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final Library library;
  private final QueryParser parser;

  SearchApi(Library library, QueryParser parser, RouteTable table) {
    super("/api/v1/search", table);
    this.library = library;
    this.parser = parser;
  }

  @Override
  void declare(Routes routes) {
    routes.get("", this::search);
  }

  private void search(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    String text = params.text("q").orElse("");
    Query query;
    try {
      query = parser.parse(text);
    } catch (QuerySyntaxException e) {
      ObjectNode extension =
          Json.MAPPER.createObjectNode().put("parameter", "q").put("column", e.column());
      Problems.send(
          response,
          io.helidon.http.Status.BAD_REQUEST_400,
          "q: query syntax: " + e.getMessage(),
          extension);
      return;
    }
    SearchRequest.Builder builder =
        library
            .request(query)
            .pageSize(params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE))
            .sort(
                switch (params.choice("sort", "relevance", SORTS)) {
                  case "newest" -> SortOrder.NEWEST_FIRST;
                  case "oldest" -> SortOrder.OLDEST_FIRST;
                  default -> SortOrder.RELEVANCE;
                });
    params.text("lang").map(SearchApi::language).ifPresent(l -> builder.filter(Facet.LANGUAGE, l));
    for (String filter : params.all("filter")) {
      int colon = filter.indexOf(':');
      Optional<Facet> facet =
          colon < 0 ? Optional.empty() : facet(filter.substring(0, colon).strip());
      if (facet.isEmpty() || colon == filter.length() - 1) {
        throw new BadRequestException(
            "filter",
            "filter: expected facet:value with a facet among "
                + facetNames()
                + ", got '"
                + filter
                + "'");
      }
      builder.filter(facet.get(), filter.substring(colon + 1).strip());
    }
    boolean facets = params.flag("facets");
    if (facets) {
      builder.countAllFacets();
    }
    params.text("cursor").ifPresent(builder::cursor);
    SearchResult result;
    try {
      result = library.search(builder.build());
    } catch (InvalidCursorException e) {
      throw new BadRequestException("cursor", "cursor: " + e.getMessage());
    }
    Json.send(request, response, HitsJson.page(result, facets));
  }

  static String language(String code) {
    return Language.fromCode(code.strip())
        .map(Language::code)
        .orElseThrow(() ->
            new BadRequestException(
                "lang", "lang: expected one of ar, zh, en, fr, es, ru, got '" + code + "'"));
  }

  private static Optional<Facet> facet(String name) {
    for (Facet facet : Facet.values()) {
      if (facetName(facet).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(facet);
      }
    }
    return Optional.empty();
  }

  static String facetName(Facet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  private static String facetNames() {
    return String.join(
        ", ", java.util.Arrays.stream(Facet.values()).map(SearchApi::facetName).toList());
  }
}
