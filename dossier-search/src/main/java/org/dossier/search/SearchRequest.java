package org.dossier.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.search.query.Query;

/**
 * One page of a search.
 *
 * @param query what to find
 * @param filters facet values the hits must carry: any value of a facet, every facet given
 * @param access what the reader may see; applied to hits, counts, facets and snippets alike
 * @param sort the order of hits
 * @param pageSize how many hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param cursor where the previous page ended ({@link SearchResult#nextCursor()}), or empty for the
 *     first page
 * @param facets the facets to count over all matching documents; none by default, since counting
 *     visits every match where a page alone needs only the best ones
 * @param snippets whether hits carry highlighted snippets (read for this page's hits only)
 * @param exactTotal whether the total must be exact however many documents match; otherwise it is
 *     exact up to {@value #EXACT_TOTAL_UP_TO} and a lower bound beyond, which lets the search skip
 *     documents that cannot make the page
 */
public record SearchRequest(
    Query query,
    Map<Facet, Set<String>> filters,
    AccessFilter access,
    SortOrder sort,
    int pageSize,
    Optional<String> cursor,
    Set<Facet> facets,
    boolean snippets,
    boolean exactTotal) {
  public static final int MAX_PAGE_SIZE = 1000;

  /** Totals are counted exactly up to this many matches unless the request asks for more. */
  public static final int EXACT_TOTAL_UP_TO = 1000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(facets, "facets");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page size must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, Set.copyOf(values));
      }
    });
    filters = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    facets = facets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facets));
  }

  /**
   * A first-page request for the query: relevance order, 20 hits with snippets, no filters,
   * unrestricted, no facet counts, total exact up to {@value #EXACT_TOTAL_UP_TO}.
   */
  public static Builder builder(Query query) {
    return new Builder(query);
  }

  /** The request for the page after the one that returned this cursor. */
  public SearchRequest after(String nextCursor) {
    return new SearchRequest(
        query,
        filters,
        access,
        sort,
        pageSize,
        Optional.of(nextCursor),
        facets,
        snippets,
        exactTotal);
  }

  /** Builds a request step by step. */
  public static final class Builder {
    private final Query query;
    private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private AccessFilter access = AccessFilter.unrestricted();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int pageSize = 20;
    private Optional<String> cursor = Optional.empty();
    private final Set<Facet> facets = EnumSet.noneOf(Facet.class);
    private boolean snippets = true;
    private boolean exactTotal;

    private Builder(Query query) {
      this.query = query;
    }

    /** Keeps only documents carrying one of these values of the facet. */
    public Builder filter(Facet facet, String... values) {
      filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(List.of(values));
      return this;
    }

    public Builder access(AccessFilter value) {
      access = value;
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    public Builder cursor(String value) {
      cursor = Optional.of(value);
      return this;
    }

    /** Counts these facets over all matching documents. */
    public Builder countFacets(Facet... values) {
      facets.addAll(List.of(values));
      return this;
    }

    /** Counts every facet, as a first page with a facet panel needs. */
    public Builder countAllFacets() {
      return countFacets(Facet.values());
    }

    public Builder snippets(boolean value) {
      snippets = value;
      return this;
    }

    /** Counts every match for the total, however many there are. */
    public Builder exactTotal(boolean value) {
      exactTotal = value;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, filters, access, sort, pageSize, cursor, facets, snippets, exactTotal);
    }
  }
}
