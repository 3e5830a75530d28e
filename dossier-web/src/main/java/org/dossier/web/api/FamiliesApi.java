package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.web.Library;

/**
 * {@code /api/v1/families/{symbol}}: a document's family both ways — the document it adds to,
 * corrects, revises, amends or reissues ({@code base}, with {@code relation}), and its own addenda,
 * corrigenda, revisions… ({@code members}).
 */
final class FamiliesApi extends ApiResource {
  static final String PATH = "/api/v1/families";

  private final Library library;

  FamiliesApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("/{+symbol}", this::family);
  }

  private void family(ServerRequest request, ServerResponse response) {
    CataloguedDocument document =
        Documents.find(library, request.path().pathParameters().get("symbol"));
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("symbol", document.symbol());
    node.put("key", document.key());
    node.put("relation", Documents.relation(document.familyRelation()));
    node.set(
        "base",
        library
            .catalogue()
            .familyBase(document.id())
            .<com.fasterxml.jackson.databind.JsonNode>map(FamiliesApi::reference)
            .orElse(document.familyBase() == null ? null : danglingBase(document.familyBase())));
    ArrayNode members = node.putArray("members");
    library
        .catalogue()
        .familyMembers(document.id())
        .forEach(member -> members.add(reference(member)));
    Json.send(request, response, node);
  }

  private static ObjectNode reference(CataloguedDocument document) {
    return Json.MAPPER
        .createObjectNode()
        .put("symbol", document.symbol())
        .put("key", document.key())
        .put("relation", Documents.relation(document.familyRelation()))
        .put("href", Documents.link(DocumentsApi.PATH, document));
  }

  /** A base the catalogue does not hold (or the reader may not see): its symbol only. */
  private static ObjectNode danglingBase(String symbol) {
    return Json.MAPPER.createObjectNode().put("symbol", symbol).putNull("href");
  }
}
