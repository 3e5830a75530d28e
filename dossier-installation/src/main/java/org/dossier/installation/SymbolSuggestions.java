package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.search.AccessFilter;
import org.dossier.search.Hit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchRequest;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;

/**
 * Symbols close to one that is not catalogued: the symbols of the nearest series ({@code
 * A/HRC/43/G/18} looks in {@code A/HRC/43/G}, then {@code A/HRC/43}, …), closest spelling first.
 */
final class SymbolSuggestions {
  private static final int CANDIDATES = 200;

  private SymbolSuggestions() {}

  /**
   * Up to {@code limit} symbols near {@code typed} among the documents {@code access} lets through.
   */
  static List<String> near(SearchIndex index, AccessFilter access, String typed, int limit) {
    String wanted = QueryParser.normaliseSymbol(typed);
    Set<String> candidates = new LinkedHashSet<>();
    try {
      for (String prefix = wanted;
          !prefix.isEmpty() && candidates.size() < limit;
          prefix = prefix.contains("/") ? prefix.substring(0, prefix.lastIndexOf('/')) : "") {
        SearchRequest request =
            SearchRequest.builder(new Query.SymbolLookup(prefix, false))
                .access(access)
                .pageSize(CANDIDATES)
                .snippets(false)
                .build();
        for (Hit hit : index.search(request).hits()) {
          if (hit.symbol() != null) {
            candidates.add(hit.symbol());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the index: " + e.getMessage(), e);
    }
    return candidates.stream()
        .sorted(
            Comparator.comparingInt(
                    (String symbol) -> distance(QueryParser.normaliseSymbol(symbol), wanted))
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .toList();
  }

  /** The Levenshtein distance: insertions, deletions and substitutions needed. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
