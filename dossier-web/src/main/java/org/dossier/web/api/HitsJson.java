package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.dossier.model.Language;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.SearchResult;

/**
 * A page of hits as JSON: {@code total}, {@code totalIsLowerBound}, {@code hits} (one per document
 * with its titles and highlighted snippets by language), {@code facets} when counted, and {@code
 * nextCursor} (null on the last page). The API's search answer and {@code dossier search -f json}
 * print this one shape.
 */
public final class HitsJson {
  private HitsJson() {}

  /** The page; {@code facets} adds the facet counts. */
  public static ObjectNode page(SearchResult result, boolean facets) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("total", result.totalHits());
    root.put("totalIsLowerBound", result.totalIsLowerBound());
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : result.hits()) {
      ObjectNode node = hits.addObject();
      node.put("id", hit.documentId());
      node.put("symbol", hit.symbol());
      node.put("provisional", hit.provisional());
      node.put("issueDate", hit.issueDate() == null ? null : hit.issueDate().toString());
      node.put("score", hit.score());
      ArrayNode languages = node.putArray("matchingLanguages");
      hit.matchingLanguages().forEach(l -> languages.add(l.code()));
      byLanguage(node.putObject("titles"), hit.titles());
      byLanguage(node.putObject("snippets"), hit.snippets());
    }
    if (facets) {
      ObjectNode facetNode = root.putObject("facets");
      result.facets().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(entry -> {
            ArrayNode values = facetNode.putArray(SearchApi.facetName(entry.getKey()));
            for (FacetCount count : entry.getValue()) {
              values.addObject().put("value", count.value()).put("count", count.count());
            }
          });
    }
    root.put("nextCursor", result.nextCursor().orElse(null));
    return root;
  }

  static void byLanguage(ObjectNode node, Map<Language, String> values) {
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> node.put(entry.getKey().code(), entry.getValue()));
  }
}
