package org.dossier.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Language;

/**
 * One matching document with the language versions that matched.
 *
 * @param documentId the catalogue id
 * @param symbol the primary symbol, or {@code null}
 * @param provisional whether the catalogue record is still provisional
 * @param issueDate the issue date, or {@code null}
 * @param score the relevance score (not comparable across queries); 0 when sorted by date
 * @param matchingLanguages the language versions that matched the query's words, or all versions
 *     when the query has none (metadata filters only)
 * @param titles the title of each language version
 * @param snippets for each matching language with a text match, HTML-safe text whose matched words
 *     are between {@link #HIGHLIGHT_START} and {@link #HIGHLIGHT_END}
 */
public record Hit(
    String documentId,
    String symbol,
    boolean provisional,
    LocalDate issueDate,
    float score,
    List<Language> matchingLanguages,
    Map<Language, String> titles,
    Map<Language, String> snippets) {
  /** Marks the start of a highlighted match in a snippet; all other markup is escaped. */
  public static final String HIGHLIGHT_START = "<mark>";

  /** Marks the end of a highlighted match in a snippet. */
  public static final String HIGHLIGHT_END = "</mark>";

  public Hit {
    matchingLanguages = List.copyOf(matchingLanguages);
    titles = Map.copyOf(titles);
    snippets = Map.copyOf(snippets);
  }
}
