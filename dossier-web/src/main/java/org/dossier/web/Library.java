package org.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Installation;
import org.dossier.model.Distribution;
import org.dossier.search.AccessFilter;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;

/**
 * What the web may show a reader of an installation. Every read of the pages and the API goes
 * through here, so what a reader may see is decided in one place, below the web layer: searches
 * carry the reader's {@link AccessFilter}, and a document read by symbol is shown only when that
 * filter lets the search find it.
 *
 * <p>Readers are anonymous for now: they see documents of General distribution. Accounts and roles
 * will widen the filter per reader without the services changing.
 */
public final class Library {
  private static final AccessFilter ANONYMOUS =
      AccessFilter.distributions(EnumSet.of(Distribution.GENERAL));
  private static final int LOOKUP_PAGE = 100;

  private final Installation installation;
  private final AccessFilter access;
  private final Object changes = new Object();
  private long lastChangeSeen = -1;
  private Instant lastModified = Instant.now();

  private Library(Installation installation, AccessFilter access) {
    this.installation = installation;
    this.access = access;
  }

  /** The installation as an anonymous reader sees it. */
  public static Library forAnonymousReaders(Installation installation) {
    return new Library(installation, ANONYMOUS);
  }

  /** The access filter every search of this library must carry. */
  public AccessFilter access() {
    return access;
  }

  /** The catalogue, for what a visible document links to (versions, family, citations). */
  public Catalogue catalogue() {
    return installation.catalogue();
  }

  /** The installation served. */
  public Installation installation() {
    return installation;
  }

  /**
   * When what the library shows last changed, as far as this process saw: the first time it noticed
   * the catalogue's latest change (or when it started). Answers carry it as {@code Last-Modified}.
   */
  public Instant lastModified() {
    long change = catalogue().lastChange();
    synchronized (changes) {
      if (change != lastChangeSeen) {
        if (lastChangeSeen >= 0) {
          lastModified = Instant.now();
        }
        lastChangeSeen = change;
      }
      return lastModified;
    }
  }

  /** A search builder restricted to what the reader may see. */
  public SearchRequest.Builder request(Query query) {
    return SearchRequest.builder(query).access(access);
  }

  /**
   * Runs a search built by {@link #request}; the access filter is set again here so a caller cannot
   * widen it by accident.
   */
  public SearchResult search(SearchRequest request) {
    try {
      return installation.index().search(withAccess(request));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the index: " + e.getMessage(), e);
    }
  }

  /**
   * The visible document answering to a symbol typed in any spelling (case, spaces, the file-name
   * form {@code A_HRC_43_G_17}) or to its provisional key.
   */
  public Optional<CataloguedDocument> document(String typed) {
    String cleaned = typed.strip();
    Optional<CataloguedDocument> found = catalogue().find(cleaned);
    if (found.isEmpty() && cleaned.contains("_") && !cleaned.contains("/")) {
      found = catalogue().find(cleaned.replace('_', '/'));
    }
    return found.filter(this::visible);
  }

  /** Up to {@code limit} visible symbols close to one that is not found, closest first. */
  public List<String> similarSymbols(String typed, int limit) {
    String cleaned = typed.strip();
    String spelled =
        cleaned.contains("_") && !cleaned.contains("/") ? cleaned.replace('_', '/') : cleaned;
    return installation.similarSymbols(spelled, limit * 4).stream()
        .filter(symbol -> document(symbol).isPresent())
        .limit(limit)
        .toList();
  }

  /** Whether the reader may see the document. */
  public boolean visible(CataloguedDocument document) {
    if (document.symbol() == null) {
      // Not findable by symbol: the filter's distributions decide; a further predicate, which
      // only the index can evaluate, hides it.
      return access.predicate().isEmpty()
          && document.distribution() != null
          && access.visibleDistributions().contains(document.distribution());
    }
    SearchRequest request =
        request(new Query.SymbolLookup(QueryParser.normaliseSymbol(document.symbol()), false))
            .pageSize(LOOKUP_PAGE)
            .snippets(false)
            .build();
    String id = Long.toString(document.id());
    return search(request).hits().stream().anyMatch(hit -> hit.documentId().equals(id));
  }

  private SearchRequest withAccess(SearchRequest request) {
    return new SearchRequest(
        request.query(),
        request.filters(),
        access,
        request.sort(),
        request.pageSize(),
        request.cursor(),
        request.facets(),
        request.snippets(),
        request.exactTotal());
  }
}
