package org.dossier.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of hits.
 *
 * @param totalHits how many visible documents match, over all pages; a lower bound when {@code
 *     totalIsLowerBound}
 * @param totalIsLowerBound whether more documents than {@code totalHits} may match (the request did
 *     not ask for an exact total and the search stopped counting): show it as "1,000+"
 * @param hits this page, one hit per document
 * @param facets for each facet the request asked to count, the values carried by matching documents
 *     with their counts, most frequent first
 * @param nextCursor where to continue, or empty on the last page
 */
public record SearchResult(
    long totalHits,
    boolean totalIsLowerBound,
    List<Hit> hits,
    Map<Facet, List<FacetCount>> facets,
    Optional<String> nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
