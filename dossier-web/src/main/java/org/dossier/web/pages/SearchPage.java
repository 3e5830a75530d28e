package org.dossier.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.catalogue.CataloguedBody;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;
import org.dossier.search.query.QuerySyntaxException;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/**
 * The home page ({@code /{lang}/}) and the search page ({@code /{lang}/search}): one box with the
 * query language, facets as filters, highlighted snippets grouped by document, counts, paging and
 * sort. The parameters are the API's: {@code q}, {@code filter=facet:value} (repeatable), {@code
 * sort=relevance|newest|oldest}, {@code cursor}.
 */
final class SearchPage implements HttpService {
  private static final int PAGE_SIZE = 20;
  private static final int FACET_VALUES = 10;
  private static final int LATEST = 8;
  private static final List<String> SORTS = List.of("relevance", "newest", "oldest");

  private final Library library;
  private final QueryParser parser = new QueryParser(LanguageConventions::countryInAnyLanguage);

  SearchPage(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::root)
        .get("/{lang}", this::home)
        .get("/{lang}/", this::home)
        .get("/{lang}/search", this::search);
  }

  /** The site's root: the home page in the reader's preferred official language. */
  private void root(ServerRequest request, ServerResponse response) {
    String accepted = request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse("");
    Readers.redirect(response, "/" + UrlPaths.preferredLanguage(accepted).code() + "/");
  }

  private void home(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    if (!request.path().rawPath().endsWith("/")) {
      Readers.redirect(response, request.path().rawPath() + "/");
      return;
    }
    Page page = Readers.page(library.viewer(), request, language.get(), "Dossier");
    List<Views.Entry> bodies = new ArrayList<>();
    for (CataloguedBody body : library.bodies()) {
      bodies.add(
          new Views.Entry(
              page.bodyName(body.name()), page.href(BrowsePage.bodyPath(body)), "", null));
    }
    SearchResult latest =
        library.search(
            library
                .request(new Query.MatchAll())
                .sort(SortOrder.NEWEST_FIRST)
                .pageSize(LATEST)
                .snippets(false)
                .build());
    List<Views.HitView> hits = new ArrayList<>();
    for (Hit hit : latest.hits()) {
      hits.add(Hits.view(library, page, hit));
    }
    Templates.send(
        response,
        Status.OK_200,
        "home.jte",
        Map.of("page", page, "bodies", bodies, "latest", hits));
  }

  private void search(ServerRequest request, ServerResponse response) {
    Optional<Page> opened = Readers.open(library, request, response, "nav.search");
    if (opened.isEmpty()) {
      return;
    }
    Page page = opened.get();
    String text = Readers.parameter(request, "q").orElse("");
    String sort = Readers.parameter(request, "sort").orElse("relevance");
    if (!SORTS.contains(sort)) {
      Readers.badRequest(
          response,
          page,
          "sort: expected one of " + String.join(", ", SORTS) + ", got '" + sort + "'");
      return;
    }
    Map<Facet, List<String>> filters = new LinkedHashMap<>();
    for (String filter : Readers.parameters(request, "filter")) {
      int colon = filter.indexOf(':');
      Optional<Facet> facet = colon < 0 ? Optional.empty() : facet(filter.substring(0, colon));
      if (facet.isEmpty() || colon == filter.length() - 1) {
        Readers.badRequest(
            response,
            page,
            "filter: expected facet:value with a facet among "
                + facetNames()
                + ", got '"
                + filter
                + "'");
        return;
      }
      filters.computeIfAbsent(facet.get(), f -> new ArrayList<>()).add(filter.substring(colon + 1));
    }
    Optional<String> cursor = Readers.parameter(request, "cursor");
    Links links = new Links(page, text, sort, filters);
    Query query;
    try {
      query = parser.parse(text);
    } catch (QuerySyntaxException e) {
      int column = Math.min(Math.max(e.column(), 1), text.length() + 1);
      Views.QueryError error =
          new Views.QueryError(
              e.column(),
              e.getMessage(),
              text.substring(0, column - 1),
              text.substring(column - 1));
      Templates.send(
          response,
          Status.BAD_REQUEST_400,
          "search.jte",
          Map.of(
              "page", page, "search", links.view(error, null, List.of(), List.of(), null, null)));
      return;
    }
    SearchRequest.Builder builder =
        library
            .request(query)
            .pageSize(PAGE_SIZE)
            .countAllFacets()
            .sort(
                switch (sort) {
                  case "newest" -> SortOrder.NEWEST_FIRST;
                  case "oldest" -> SortOrder.OLDEST_FIRST;
                  default -> SortOrder.RELEVANCE;
                });
    filters.forEach((facet, values) -> builder.filter(facet, values.toArray(String[]::new)));
    cursor.ifPresent(builder::cursor);
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
    String total =
        result.totalIsLowerBound()
            ? page.t("search.foundAtLeast", page.number(result.totalHits()))
            : page.t("search.found", page.number(result.totalHits()));
    List<Views.FacetView> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
      if (!counts.isEmpty()) {
        facets.add(links.facet(facet, counts.subList(0, Math.min(FACET_VALUES, counts.size()))));
      }
    }
    Views.Search view =
        links.view(
            null,
            total,
            hits,
            facets,
            result.nextCursor().map(links::after).orElse(null),
            cursor.isPresent() ? links.first() : null);
    Templates.send(response, Status.OK_200, "search.jte", Map.of("page", page, "search", view));
  }

  private static Optional<Facet> facet(String name) {
    for (Facet facet : Facet.values()) {
      if (facet.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(facet);
      }
    }
    return Optional.empty();
  }

  private static String facetNames() {
    List<String> names = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      names.add(facet.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  /** The search page's links: the same search with one thing changed. */
  private record Links(Page page, String text, String sort, Map<Facet, List<String>> filters) {

    String with(String newSort, Map<Facet, List<String>> newFilters, String cursor) {
      StringBuilder url = new StringBuilder(page.href("/search?q=")).append(Page.encode(text));
      newFilters.forEach((facet, values) -> {
        for (String value : values) {
          url.append("&filter=")
              .append(Page.encode(facet.name().toLowerCase(Locale.ROOT) + ":" + value));
        }
      });
      if (!newSort.equals("relevance")) {
        url.append("&sort=").append(newSort);
      }
      if (cursor != null) {
        url.append("&cursor=").append(Page.encode(cursor));
      }
      return url.toString();
    }

    String after(String cursor) {
      return with(sort, filters, cursor);
    }

    String first() {
      return with(sort, filters, null);
    }

    Views.FacetView facet(Facet facet, List<FacetCount> counts) {
      List<Views.FacetValue> values = new ArrayList<>();
      for (FacetCount count : counts) {
        List<String> chosen = filters.getOrDefault(facet, List.of());
        boolean active = chosen.contains(count.value());
        Map<Facet, List<String>> toggled = new LinkedHashMap<>();
        filters.forEach((f, v) -> toggled.put(f, new ArrayList<>(v)));
        List<String> toggledValues = toggled.computeIfAbsent(facet, f -> new ArrayList<>());
        if (active) {
          toggledValues.remove(count.value());
        } else {
          toggledValues.add(count.value());
        }
        values.add(
            new Views.FacetValue(
                page.facetValue(facet, count.value()),
                page.number(count.count()),
                with(sort, toggled, null),
                active));
      }
      return new Views.FacetView(facet, page.facetName(facet), values);
    }

    Views.Search view(
        Views.QueryError error,
        String total,
        List<Views.HitView> hits,
        List<Views.FacetView> facets,
        String next,
        String first) {
      List<Views.Link> sorts = new ArrayList<>();
      for (String each : SORTS) {
        sorts.add(new Views.Link(page.t("sort." + each), with(each, filters, null)));
      }
      List<Views.Link> active = new ArrayList<>();
      filters.forEach((facet, values) -> {
        for (String value : values) {
          Map<Facet, List<String>> without = new LinkedHashMap<>();
          filters.forEach((f, v) -> without.put(f, new ArrayList<>(v)));
          without.get(facet).remove(value);
          active.add(
              new Views.Link(
                  page.facetName(facet) + ": " + page.facetValue(facet, value),
                  with(sort, without, null)));
        }
      });
      return new Views.Search(text, sort, sorts, active, error, total, hits, facets, next, first);
    }
  }
}
