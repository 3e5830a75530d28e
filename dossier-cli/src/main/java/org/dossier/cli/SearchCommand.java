package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.installation.Installation;
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
import org.dossier.web.api.HitsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier search QUERY}: one page of hits, one per document, with its symbol, its title in
 * the chosen (or best matching) language and a snippet. A query that does not parse is one line
 * naming the column, exit code 2.
 */
@Command(
    name = "search",
    description = {
      "Search the documents in any of the six languages.",
      "Query language: words, \"phrases\", AND OR NOT -word, ( ), symbol:A/HRC/43, body:HRC,"
          + " session:43, agenda:4, country:CHE, type:note-verbale, lang:fr, date:2020..2021."
    })
final class SearchCommand implements Callable<Integer> {
  /** The orders offered on the command line. */
  enum Sort {
    relevance,
    date
  }

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to find.")
  List<String> words;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = LanguageConverter.class,
      description = "Only versions in this language (ar, zh, en, fr, es, ru).")
  Language language;

  @Option(names = "--facets", description = "Also count the hits by body, session, type, ….")
  boolean facets;

  /** How to print the page. */
  enum Output {
    text,
    json
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default) or json (the page as JSON).")
  Output format = Output.text;

  int pageSize = 10;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Hits per page, 1 to " + SearchRequest.MAX_PAGE_SIZE + " (default 10).")
  void pageSize(int value) {
    pageSize = Ranges.between(spec, "--page-size", value, 1, SearchRequest.MAX_PAGE_SIZE);
  }

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "Continue after the page that printed this cursor.")
  String after;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first).")
  Sort sort = Sort.relevance;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = String.join(" ", words);
    Query query;
    try {
      query = new QueryParser(LanguageConventions::countryInAnyLanguage).parse(text);
    } catch (QuerySyntaxException e) {
      err.println("dossier: query syntax: " + e.getMessage());
      return 2;
    }
    SearchRequest.Builder request =
        SearchRequest.builder(query)
            .pageSize(pageSize)
            .sort(sort == Sort.date ? SortOrder.NEWEST_FIRST : SortOrder.RELEVANCE);
    if (facets) {
      request.countAllFacets();
    }
    if (language != null) {
      request.filter(Facet.LANGUAGE, language.code());
    }
    if (after != null) {
      request.cursor(after);
    }
    try (Installation installation = data.openExisting()) {
      SearchResult result;
      try {
        result = installation.index().search(request.build());
      } catch (InvalidCursorException e) {
        err.println("dossier: --after: " + e.getMessage());
        return 2;
      }
      if (format == Output.json) {
        out.println(toJson(result));
      } else {
        print(result, out);
      }
    }
    return 0;
  }

  private void print(SearchResult result, PrintWriter out) {
    out.println(
        String.format(Locale.ROOT, "%,d", result.totalHits())
            + (result.totalIsLowerBound() ? "+" : "")
            + (result.totalHits() == 1 && !result.totalIsLowerBound()
                ? " document"
                : " documents"));
    for (Hit hit : result.hits()) {
      Optional<Language> shown = shownLanguage(hit);
      out.println();
      out.println(
          (hit.symbol() == null ? "(no symbol yet) #" + hit.documentId() : hit.symbol())
              + (hit.issueDate() == null ? "" : "  " + hit.issueDate())
              + "  "
              + hit.matchingLanguages().stream().map(Language::code).toList());
      shown.map(hit.titles()::get).ifPresent(title -> out.println("  " + title));
      shown
          .map(hit.snippets()::get)
          .ifPresent(snippet -> out.println("  … " + plain(snippet) + " …"));
    }
    if (facets) {
      out.println();
      result.facets().forEach((facet, counts) -> out.println(facetLine(facet, counts)));
    }
    result
        .nextCursor()
        .ifPresent(cursor -> {
          out.println();
          out.println("More: --after " + cursor);
        });
  }

  private static String facetLine(Facet facet, List<FacetCount> counts) {
    StringBuilder line = new StringBuilder(facet.name().toLowerCase(Locale.ROOT) + ":");
    for (FacetCount count : counts.subList(0, Math.min(counts.size(), 12))) {
      line.append(' ').append(count.value()).append(" (").append(count.count()).append(')');
    }
    return line.toString();
  }

  /** The language to show a hit in: the one asked for, else the best match, else any. */
  private Optional<Language> shownLanguage(Hit hit) {
    if (language != null && hit.titles().containsKey(language)) {
      return Optional.of(language);
    }
    return hit.matchingLanguages().stream()
        .filter(hit.titles()::containsKey)
        .findFirst()
        .or(() -> hit.titles().keySet().stream().sorted().findFirst());
  }

  /** A snippet for the terminal: highlights as «…», markup unescaped. */
  static String plain(String snippet) {
    return snippet
        .replace(Hit.HIGHLIGHT_START, "«")
        .replace(Hit.HIGHLIGHT_END, "»")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private String toJson(SearchResult result) {
    return HitsJson.page(result, facets).toPrettyString();
  }
}
