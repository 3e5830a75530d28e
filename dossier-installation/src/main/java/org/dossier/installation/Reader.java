package org.dossier.installation;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.model.Language;
import org.dossier.model.Visibility;
import org.dossier.search.AccessFilter;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;

/**
 * An installation as one viewer may read it: every read the web (and any other reader) needs goes
 * through here, and each applies the viewer's {@link Visibility} from {@link AccessPolicy} below
 * this class: in the catalogue's SQL and in the index's filter. A document the viewer may not see
 * is absent from every answer — catalogue reads, search hits, totals, facet counts, snippets,
 * symbol suggestions and original files — exactly as a document that does not exist.
 *
 * <pre>{@code
 * Reader reader = installation.readerFor(Viewer.anonymous());
 * SearchResult result = reader.search(SearchRequest.builder(query).countAllFacets().build());
 * }</pre>
 */
public final class Reader {
  private final Installation installation;
  private final Viewer viewer;
  private final Visibility visibility;
  private final CatalogueReader catalogue;

  Reader(Installation installation, Viewer viewer) {
    this.installation = installation;
    this.viewer = viewer;
    this.visibility = AccessPolicy.visibility(viewer);
    this.catalogue = installation.catalogue().readerFor(visibility);
  }

  public Viewer viewer() {
    return viewer;
  }

  /** The catalogue as the viewer sees it. */
  public CatalogueReader catalogue() {
    return catalogue;
  }

  /**
   * A page of hits the viewer may see. The request's own access filter (distributions, predicate)
   * still applies; the viewer's visibility replaces whatever visibility it carried.
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return installation.index().search(restricted(request));
  }

  /** How many documents the viewer may see match the request. */
  public long count(SearchRequest request) throws IOException {
    return installation.index().count(restricted(request));
  }

  /** Symbols close to one typed, among the documents the viewer may see ("did you mean"). */
  public List<String> similarSymbols(String typed, int limit) {
    return SymbolSuggestions.near(installation.index(), accessFilter(), typed, limit);
  }

  /** The viewer's filter, for requests built elsewhere. */
  public AccessFilter accessFilter() {
    return AccessFilter.of(visibility);
  }

  /**
   * The original file of the current version of a document in {@code language}, as kept in the file
   * store; empty when the viewer may not see the document or it has no such version.
   */
  public Optional<Original> original(long documentId, Language language) {
    return catalogue.currentVersions(documentId).stream()
        .filter(version -> version.language() == language)
        .findFirst()
        .map(version ->
            new Original(version, installation.fileStore().read(version.original().sha256())));
  }

  /** An original file with the version it belongs to. */
  public record Original(CataloguedVersion version, byte[] bytes) {}

  private SearchRequest restricted(SearchRequest request) {
    AccessFilter asked = request.access();
    return new SearchRequest(
        request.query(),
        request.filters(),
        new AccessFilter(asked.visibleDistributions(), asked.predicate(), visibility),
        request.sort(),
        request.pageSize(),
        request.cursor(),
        request.facets(),
        request.snippets(),
        request.exactTotal());
  }
}
