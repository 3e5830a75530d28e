package org.dossier.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of hits.
 *
 * @param totalHits how many visible documents match, over all pages
 * @param hits this page, one hit per document
 * @param facets for each facet, the values carried by matching documents with their counts, most
 *     frequent first
 * @param nextCursor where to continue, or empty on the last page
 */
public record SearchResult(
    long totalHits,
    List<Hit> hits,
    Map<Facet, List<FacetCount>> facets,
    Optional<String> nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
