package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import org.dossier.catalogue.CataloguedAgendaItem;
import org.dossier.catalogue.CataloguedBody;
import org.dossier.catalogue.CataloguedSession;
import org.dossier.search.Facet;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/**
 * Browsing by body: {@code /api/v1/bodies} → {@code /{body}/sessions} (numbers and dates) → {@code
 * /{body}/sessions/{session}/agenda-items} (titles by language) → the documents of a session or of
 * an agenda item, newest first, a page at a time.
 */
final class BodiesApi extends ApiResource {
  static final String PATH = "/api/v1/bodies";
  private static final int DEFAULT_PAGE_SIZE = 50;

  private final Library library;

  BodiesApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes
        .get("", this::bodies)
        .get("/{body}/sessions", this::sessions)
        .get("/{body}/sessions/{session}/agenda-items", this::agendaItems)
        .get("/{body}/sessions/{session}/documents", this::sessionDocuments)
        .get("/{body}/sessions/{session}/agenda-items/{item}/documents", this::itemDocuments);
  }

  private void bodies(ServerRequest request, ServerResponse response) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode bodies = node.putArray("bodies");
    for (CataloguedBody body : library.bodies()) {
      bodies
          .addObject()
          .put("body", key(body))
          .put("name", body.name())
          .put("organ", body.organ())
          .put("sessionsHref", UrlPaths.encode(PATH + "/" + key(body) + "/sessions"));
    }
    Json.send(request, response, node);
  }

  private void sessions(ServerRequest request, ServerResponse response) {
    CataloguedBody body = body(request);
    ObjectNode node = Json.MAPPER.createObjectNode().put("body", key(body));
    ArrayNode sessions = node.putArray("sessions");
    for (CataloguedSession session : library.sessions(body)) {
      String href = UrlPaths.encode(PATH + "/" + key(body) + "/sessions/" + session.number());
      sessions
          .addObject()
          .put("session", session.number())
          .put("start", Objects.toString(session.start(), null))
          .put("end", Objects.toString(session.end(), null))
          .put("agendaItemsHref", href + "/agenda-items")
          .put("documentsHref", href + "/documents");
    }
    Json.send(request, response, node);
  }

  private void agendaItems(ServerRequest request, ServerResponse response) {
    CataloguedBody body = body(request);
    CataloguedSession session = session(request, body);
    ObjectNode node =
        Json.MAPPER.createObjectNode().put("body", key(body)).put("session", session.number());
    ArrayNode items = node.putArray("agendaItems");
    for (CataloguedAgendaItem item : library.agendaItems(body, session)) {
      ObjectNode each = items.addObject().put("number", item.number());
      HitsJson.byLanguage(each.putObject("titles"), item.titles());
      each.put(
          "documentsHref",
          UrlPaths.encode(
              PATH
                  + "/"
                  + key(body)
                  + "/sessions/"
                  + session.number()
                  + "/agenda-items/"
                  + item.number()
                  + "/documents"));
    }
    Json.send(request, response, node);
  }

  private void sessionDocuments(ServerRequest request, ServerResponse response) {
    CataloguedBody body = body(request);
    CataloguedSession session = session(request, body);
    documents(request, response, body, session, null);
  }

  private void itemDocuments(ServerRequest request, ServerResponse response) {
    CataloguedBody body = body(request);
    CataloguedSession session = session(request, body);
    String item = request.path().pathParameters().get("item");
    boolean known =
        library.agendaItems(body, session).stream()
            .anyMatch(each -> Integer.toString(each.number()).equals(item));
    if (!known) {
      throw new NotFoundException(
          "Session " + session.number() + " of " + key(body) + " has no agenda item " + item,
          List.of());
    }
    documents(request, response, body, session, item);
  }

  private void documents(
      ServerRequest request,
      ServerResponse response,
      CataloguedBody body,
      CataloguedSession session,
      String item) {
    Params params = new Params(request);
    SearchRequest.Builder search =
        library
            .request(new Query.MatchAll())
            .filter(Facet.BODY, key(body))
            .filter(Facet.SESSION, Integer.toString(session.number()))
            .sort(SortOrder.NEWEST_FIRST)
            .snippets(false)
            .pageSize(
                params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE));
    if (item != null) {
      search.filter(Facet.AGENDA, item);
    }
    params.text("cursor").ifPresent(search::cursor);
    try {
      Json.send(request, response, HitsJson.page(library.search(search.build()), false));
    } catch (InvalidCursorException e) {
      throw new BadRequestException("cursor", "cursor: " + e.getMessage());
    }
  }

  private CataloguedBody body(ServerRequest request) {
    String name = request.path().pathParameters().get("body");
    List<CataloguedBody> bodies = library.bodies();
    return bodies.stream()
        .filter(body ->
            key(body).equalsIgnoreCase(name.strip()) || body.name().equalsIgnoreCase(name.strip()))
        .findFirst()
        .orElseThrow(() ->
            new NotFoundException(
                "No body '" + name + "' is catalogued",
                bodies.stream().map(BodiesApi::key).toList()));
  }

  private CataloguedSession session(ServerRequest request, CataloguedBody body) {
    String number = request.path().pathParameters().get("session");
    return library.sessions(body).stream()
        .filter(session -> Integer.toString(session.number()).equals(number.strip()))
        .findFirst()
        .orElseThrow(() ->
            new NotFoundException(
                key(body) + " has no catalogued session " + number,
                library.sessions(body).stream().map(s -> Integer.toString(s.number())).toList()));
  }

  /** How paths name a body: its code ({@code HRC}) when it has one, else its name. */
  static String key(CataloguedBody body) {
    return Library.key(body);
  }
}
