package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.lang.Countries;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.web.Library;

/**
 * The States that submitted documents ({@code /{lang}/countries}, by name in the reader's language)
 * and each one's documents, newest first ({@code /{lang}/countries/AZE}).
 */
final class CountryPage implements HttpService {
  private final Library library;

  CountryPage(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/countries", this::countries).get("/{lang}/countries/{code}", this::country);
  }

  private void countries(ServerRequest request, ServerResponse response) {
    Optional<Page> opened = Readers.open(library, request, response, "countries.title");
    if (opened.isEmpty()) {
      return;
    }
    Page page = opened.get();
    SearchResult counts =
        library.search(
            library
                .request(new Query.MatchAll())
                .pageSize(1)
                .snippets(false)
                .countFacets(Facet.COUNTRY)
                .build());
    List<Views.Entry> entries = new ArrayList<>();
    for (FacetCount count : counts.facets().getOrDefault(Facet.COUNTRY, List.of())) {
      entries.add(
          new Views.Entry(
              page.countryName(count.value()),
              page.href("/countries/" + count.value()),
              page.number(count.count()),
              null));
    }
    entries.sort(Comparator.comparing(Views.Entry::name, Messages.collator(page.language())));
    Templates.send(
        response,
        Status.OK_200,
        "browse.jte",
        Map.of(
            "page",
            page,
            "listing",
            new Views.Listing(page.title(), List.of(), entries, null, List.of(), null)));
  }

  private void country(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    String code = request.path().pathParameters().get("code").toUpperCase(Locale.ROOT);
    if (language.isEmpty() || !Countries.isState(code)) {
      response.next();
      return;
    }
    Page page = Readers.page(library.viewer(), request, language.get(), "");
    page = page.titled(page.t("countries.documents", page.countryName(code)));
    SearchRequest.Builder builder =
        library
            .request(new Query.MatchAll())
            .filter(Facet.COUNTRY, code)
            .sort(SortOrder.NEWEST_FIRST)
            .pageSize(BrowsePage.PAGE_SIZE)
            .snippets(false);
    Readers.parameter(request, "cursor").ifPresent(builder::cursor);
    SearchResult result;
    try {
      result = library.search(builder.build());
    } catch (InvalidCursorException e) {
      Readers.badRequest(response, page, "cursor: " + e.getMessage());
      return;
    }
    List<Views.HitView> hits = new ArrayList<>();
    for (Hit hit : result.hits()) {
      hits.add(Hits.view(library, page, hit));
    }
    String here = request.path().rawPath();
    Views.Listing listing =
        new Views.Listing(
            page.title(),
            List.of(new Views.Link(page.t("countries.title"), page.href("/countries"))),
            List.of(),
            page.t("search.found", page.number(result.totalHits())),
            hits,
            result.nextCursor().map(c -> here + "?cursor=" + Page.encode(c)).orElse(null));
    Templates.send(response, Status.OK_200, "browse.jte", Map.of("page", page, "listing", listing));
  }
}
