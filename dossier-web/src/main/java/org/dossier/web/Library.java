package org.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.dossier.access.Viewer;
import org.dossier.align.Alignment;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedAgendaItem;
import org.dossier.catalogue.CataloguedBody;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedSession;
import org.dossier.installation.Installation;
import org.dossier.installation.InstallationException;
import org.dossier.installation.Reader;
import org.dossier.model.Body;
import org.dossier.model.Language;
import org.dossier.search.AccessFilter;
import org.dossier.search.Facet;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;

/**
 * What the web may show one viewer of an installation. Every read of the pages and the API goes
 * through here, and every read here goes through {@link Installation#readerFor}: the access policy
 * is applied below the web layer, in the catalogue's SQL and in the index's filter, so a document
 * the viewer may not see is absent from every answer exactly as a document that does not exist.
 *
 * <p>The services hold one library for the server's life; each request runs inside {@link #readAs},
 * which binds the request's viewer (anonymous, a session's account or an API token's) for the
 * request's thread, so every read below answers as that viewer. Outside {@code readAs} the library
 * reads as the viewer it was made for.
 */
public final class Library {
  private final Installation installation;
  private final Reader reader;
  private final ScopedValue<Reader> requestReader = ScopedValue.newInstance();

  private Library(Installation installation, Viewer viewer) {
    this.installation = installation;
    this.reader = installation.readerFor(viewer);
  }

  /** The installation as an anonymous reader sees it. */
  public static Library forAnonymousReaders(Installation installation) {
    return forViewer(installation, Viewer.anonymous());
  }

  /** The installation as {@code viewer} sees it. */
  public static Library forViewer(Installation installation, Viewer viewer) {
    return new Library(installation, viewer);
  }

  /**
   * Runs {@code request} reading as {@code viewer}: every read of this library made by it (on its
   * thread) goes through {@code installation.readerFor(viewer)}.
   */
  public void readAs(Viewer viewer, Runnable request) {
    ScopedValue.where(requestReader, installation.readerFor(viewer)).run(request);
  }

  private Reader reader() {
    return requestReader.isBound() ? requestReader.get() : reader;
  }

  /** Who reads. */
  public Viewer viewer() {
    return reader().viewer();
  }

  /** The access filter every search of this library carries. */
  public AccessFilter access() {
    return reader().accessFilter();
  }

  /** The catalogue as the viewer sees it, for what a visible document links to. */
  public CatalogueReader catalogue() {
    return reader().catalogue();
  }

  /**
   * The installation served, for writes only (the administrator's imports): reads go through the
   * viewer's methods of this class.
   */
  public Installation installation() {
    return installation;
  }

  /** A search builder restricted to what the viewer may see. */
  public SearchRequest.Builder request(Query query) {
    return SearchRequest.builder(query).access(access());
  }

  /** Runs a search as the viewer: hits, totals, facet counts and snippets of visible documents. */
  public SearchResult search(SearchRequest request) {
    try {
      return reader().search(request);
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
    return found;
  }

  /** Up to {@code limit} visible symbols close to one that is not found, closest first. */
  public List<String> similarSymbols(String typed, int limit) {
    String cleaned = typed.strip();
    String spelled =
        cleaned.contains("_") && !cleaned.contains("/") ? cleaned.replace('_', '/') : cleaned;
    return reader().similarSymbols(spelled, limit);
  }

  /** Whether the viewer may see the document. */
  public boolean visible(CataloguedDocument document) {
    return catalogue().document(document.id()).isPresent();
  }

  /**
   * The visible documents a visible document waiting for a symbol may be (the registrar's
   * candidates): the matcher reads the whole catalogue, so each candidate passes the reader.
   */
  public List<CataloguedDocument> possibleMatches(CataloguedDocument waiting) {
    if (!visible(waiting)) {
      return List.of();
    }
    return installation.catalogue().possibleMatches(waiting.id()).stream()
        .filter(this::visible)
        .toList();
  }

  /** The original file of a visible document's current version in {@code language}. */
  public Optional<Reader.Original> original(CataloguedDocument document, Language language) {
    return reader().original(document.id(), language);
  }

  /**
   * The sentence alignment of a visible document's {@code source} and {@code target} versions,
   * computed once and kept by the installation.
   *
   * @throws InstallationException when the viewer may not see the document (worded as for a missing
   *     one), a version is missing or the languages are the same
   */
  public Alignment alignment(CataloguedDocument document, Language source, Language target) {
    if (!visible(document)) {
      throw new InstallationException("no document " + document.key());
    }
    return installation.alignments().of(document, source, target);
  }

  /** The bodies under which the viewer may see at least one document. */
  public List<CataloguedBody> bodies() {
    return installation.catalogue().bodies().stream()
        .filter(body -> holds(request(new Query.MatchAll()).filter(Facet.BODY, key(body))))
        .toList();
  }

  /** The sessions of a body in which the viewer may see at least one document. */
  public List<CataloguedSession> sessions(CataloguedBody body) {
    return installation.catalogue().sessions(body.id()).stream()
        .filter(session -> holds(inSession(body, session)))
        .toList();
  }

  /** The agenda items of a session under which the viewer may see at least one document. */
  public List<CataloguedAgendaItem> agendaItems(CataloguedBody body, CataloguedSession session) {
    return installation.catalogue().agendaItems(session.id()).stream()
        .filter(item ->
            holds(inSession(body, session).filter(Facet.AGENDA, Integer.toString(item.number()))))
        .toList();
  }

  /** How paths and the index name a body: its code ({@code HRC}) when it has one, else its name. */
  public static String key(CataloguedBody body) {
    return Body.fromName(body.name())
        .or(() -> Body.fromCode(body.name()))
        .map(Body::code)
        .orElse(body.name());
  }

  private SearchRequest.Builder inSession(CataloguedBody body, CataloguedSession session) {
    return request(new Query.MatchAll())
        .filter(Facet.BODY, key(body))
        .filter(Facet.SESSION, Integer.toString(session.number()));
  }

  private boolean holds(SearchRequest.Builder request) {
    try {
      return reader().count(request.build()) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the index: " + e.getMessage(), e);
    }
  }
}
