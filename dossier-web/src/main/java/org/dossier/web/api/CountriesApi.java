package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.web.Library;

/**
 * {@code /api/v1/countries}: the States that submitted visible documents, with their names in the
 * six languages and how many; {@code /api/v1/countries/{country}} (an alpha-3 code or a name in any
 * of the six languages): their documents, newest first, a page at a time.
 */
final class CountriesApi extends ApiResource {
  static final String PATH = "/api/v1/countries";
  private static final int DEFAULT_PAGE_SIZE = 50;

  private final Library library;

  CountriesApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("", this::countries).get("/{country}", this::documents);
  }

  private void countries(ServerRequest request, ServerResponse response) {
    SearchRequest counting =
        library
            .request(new Query.MatchAll())
            .pageSize(1)
            .snippets(false)
            .countFacets(Facet.COUNTRY)
            .build();
    List<FacetCount> counts =
        library.search(counting).facets().getOrDefault(Facet.COUNTRY, List.of());
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode countries = node.putArray("countries");
    for (FacetCount count : counts) {
      ObjectNode each = countries.addObject().put("country", count.value());
      ObjectNode names = each.putObject("names");
      for (Language language : Language.values()) {
        names.put(language.code(), LanguageConventions.of(language).countryName(count.value()));
      }
      each.put("documents", count.count());
      each.put("href", PATH + "/" + count.value());
    }
    Json.send(request, response, node);
  }

  private void documents(ServerRequest request, ServerResponse response) {
    String typed = request.path().pathParameters().get("country").strip();
    String code =
        code(typed)
            .orElseThrow(() ->
                new BadRequestException(
                    "country",
                    "country: expected an ISO 3166 alpha-3 code (CHE) or a State's name in one of"
                        + " the six languages, got '"
                        + typed
                        + "'"));
    Params params = new Params(request);
    SearchRequest.Builder search =
        library
            .request(new Query.MatchAll())
            .filter(Facet.COUNTRY, code)
            .sort(SortOrder.NEWEST_FIRST)
            .snippets(false)
            .pageSize(
                params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE));
    params.text("cursor").ifPresent(search::cursor);
    try {
      ObjectNode page = HitsJson.page(library.search(search.build()), false);
      page.put("country", code);
      Json.send(request, response, page);
    } catch (InvalidCursorException e) {
      throw new BadRequestException("cursor", "cursor: " + e.getMessage());
    }
  }

  private static Optional<String> code(String typed) {
    if (typed.matches("[A-Za-z]{3}")) {
      return Optional.of(typed.toUpperCase(Locale.ROOT));
    }
    return LanguageConventions.countryInAnyLanguage(typed);
  }
}
