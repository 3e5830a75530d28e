package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CitationEdge;
import org.dossier.web.Library;

/**
 * {@code /api/v1/citations/{symbol}}: what a document cites ({@code cites}: each symbol with the
 * text citing it and a link when the cited document is catalogued and visible) and which visible
 * documents cite it ({@code citedBy}).
 */
final class CitationsApi extends ApiResource {
  static final String PATH = "/api/v1/citations";

  private final Library library;

  CitationsApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("/{+symbol}", this::citations);
  }

  private void citations(ServerRequest request, ServerResponse response) {
    CataloguedDocument document =
        Documents.find(library, request.path().pathParameters().get("symbol"));
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("symbol", document.symbol());
    node.put("key", document.key());
    ArrayNode cites = node.putArray("cites");
    for (CitationEdge edge : library.catalogue().cites(document.id())) {
      Optional<CataloguedDocument> cited = visible(edge.citedDocumentId());
      cites
          .addObject()
          .put("symbol", edge.citedSymbol())
          .put("text", edge.text())
          .put("href", cited.map(d -> Documents.link(DocumentsApi.PATH, d)).orElse(null));
    }
    ArrayNode citedBy = node.putArray("citedBy");
    for (CitationEdge edge : library.catalogue().citedBy(document.id())) {
      visible(edge.citingDocumentId())
          .ifPresent(citing ->
              citedBy
                  .addObject()
                  .put("symbol", citing.symbol())
                  .put("key", citing.key())
                  .put("text", edge.text())
                  .put("href", Documents.link(DocumentsApi.PATH, citing)));
    }
    Json.send(request, response, node);
  }

  private Optional<CataloguedDocument> visible(Long documentId) {
    return documentId == null ? Optional.empty() : library.catalogue().document(documentId);
  }
}
