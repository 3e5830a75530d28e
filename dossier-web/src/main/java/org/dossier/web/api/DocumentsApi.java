package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.web.Library;

/**
 * {@code /api/v1/documents}: every visible document, oldest first, a page at a time ({@code
 * pageSize}, {@code cursor}); {@code /api/v1/documents/{symbol}}: one document in any spelling of
 * its symbol, with its language versions and links to its versions, family and citations.
 */
final class DocumentsApi extends ApiResource {
  static final String PATH = "/api/v1/documents";
  private static final int DEFAULT_PAGE_SIZE = 50;

  private final Library library;

  DocumentsApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("", this::list).get("/{+symbol}", this::one);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    SearchRequest.Builder search =
        library
            .request(new Query.MatchAll())
            .sort(SortOrder.OLDEST_FIRST)
            .snippets(false)
            .pageSize(
                params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE));
    params.text("cursor").ifPresent(search::cursor);
    try {
      Json.send(request, response, HitsJson.page(library.search(search.build()), false));
    } catch (InvalidCursorException e) {
      throw new BadRequestException("cursor", "cursor: " + e.getMessage());
    }
  }

  private void one(ServerRequest request, ServerResponse response) {
    CataloguedDocument document =
        Documents.find(library, request.path().pathParameters().get("symbol"));
    ObjectNode node = Documents.summary(document);
    ArrayNode versions = node.putArray("versions");
    for (CataloguedVersion version : library.catalogue().currentVersions(document.id())) {
      ObjectNode each = versions.addObject();
      each.put("language", version.language().code());
      each.put("revision", version.revision());
      each.put("title", version.title());
      each.put("issueDate", Objects.toString(version.issueDate(), null));
      each.put("jobNumber", version.jobNumber());
      each.put("fileName", version.original().fileName());
      each.put("mediaType", version.original().mediaType());
      each.put("href", VersionsApi.PATH + "/" + version.language().code() + "/" + document.key());
    }
    ObjectNode links = node.putObject("links");
    links.put("self", Documents.link(PATH, document));
    links.put("family", Documents.link(FamiliesApi.PATH, document));
    links.put("citations", Documents.link(CitationsApi.PATH, document));
    Json.send(request, response, node);
  }
}
