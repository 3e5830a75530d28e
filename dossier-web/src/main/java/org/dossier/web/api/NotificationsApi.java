package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.NotificationEvent;
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;
import org.dossier.web.pages.NotificationWords;
import org.dossier.web.pages.Views;

/**
 * {@code /api/v1/notifications.atom}: the private Atom feed of what a delegate's mission was told
 * about its submissions (registered, returned, published…), newest first; {@code
 * /api/v1/notifications}: the same as JSON, oldest first from {@code ?after=}, each with its event
 * (kind and parameters) and its words. Both read as the request's viewer, so a feed reader sends
 * the delegate's API token ({@code Authorization: Bearer}); without one the answer is 401, and to
 * an account that acts for no mission 403. Notifications are worded, and entries link to the pages,
 * in the language of {@code ?lang=}, else of {@code Accept-Language}, else English.
 */
final class NotificationsApi extends ApiResource {
  static final String PATH = "/api/v1/notifications.atom";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final int ENTRIES = 50;
  private static final int READ_AT_ONCE = 1000;

  private final Library library;

  NotificationsApi(Library library, RouteTable table) {
    super("/api/v1", table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("/notifications.atom", this::feed).get("/notifications", this::list);
  }

  private void feed(ServerRequest request, ServerResponse response) {
    Optional<Viewer> delegate = delegate(response);
    if (delegate.isEmpty()) {
      return;
    }
    Viewer viewer = delegate.get();
    Language language = language(request);
    List<Notification> told = newestFirst(viewer);
    response.header(HeaderNames.CONTENT_TYPE, "application/atom+xml; charset=UTF-8");
    response.header(HeaderNames.CACHE_CONTROL, "private, no-store");
    response.send(atom(request, viewer, told, language).getBytes(StandardCharsets.UTF_8));
  }

  /** Up to {@code pageSize} notifications numbered above {@code after}, oldest first. */
  private void list(ServerRequest request, ServerResponse response) {
    Optional<Viewer> delegate = delegate(response);
    if (delegate.isEmpty()) {
      return;
    }
    Params params = new Params(request);
    int pageSize = Writes.pageSize(params);
    long after = params.integer("after", 0, 0, Integer.MAX_VALUE);
    Language language = language(request);
    Viewer viewer = delegate.get();
    List<Notification> page =
        library
            .installation()
            .circulation()
            .notifications(viewer, viewer.mission(), after, pageSize);
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode notifications = node.putArray("notifications");
    for (Notification notification : page) {
      ObjectNode each = notifications.addObject();
      each.put("id", notification.id());
      each.put("documentId", notification.documentId());
      each.put("at", timestamp(notification.at()));
      NotificationEvent event = notification.event();
      if (event != null) {
        each.put("kind", event.kind().name());
        each.put("key", event.key());
        each.put("symbol", event.symbol());
        each.put("reason", event.reason());
      }
      Views.Text words = NotificationWords.of(notification, language);
      each.put("language", words.lang());
      each.put("text", words.text());
    }
    node.put("nextAfter", page.size() == pageSize ? Long.toString(page.getLast().id()) : null);
    response.header(HeaderNames.CACHE_CONTROL, "private, no-store");
    Json.send(request, response, node);
  }

  /** The viewer, when a delegate; else empty, the refusal sent (401 to the public, else 403). */
  private Optional<Viewer> delegate(ServerResponse response) {
    Viewer viewer = library.viewer();
    if (viewer.role() == Role.PUBLIC) {
      response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
      Problems.send(
          response,
          Status.UNAUTHORIZED_401,
          "The notifications feed is private: send a delegate's API token"
              + " (Authorization: Bearer dossier_…).");
      return Optional.empty();
    }
    if (viewer.role() != Role.DELEGATE) {
      Problems.send(
          response,
          Status.FORBIDDEN_403,
          viewer.name() + " acts for no mission, so has no notifications feed.");
      return Optional.empty();
    }
    return Optional.of(viewer);
  }

  /** The language of {@code ?lang=}, else of {@code Accept-Language}, else English. */
  private static Language language(ServerRequest request) {
    return request.query().first("lang").isPresent()
        ? Language.fromCode(SearchApi.language(request.query().get("lang"))).orElseThrow()
        : UrlPaths.preferredLanguage(
            request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(""));
  }

  /** The latest {@link #ENTRIES} notifications of the viewer's mission, newest first. */
  private List<Notification> newestFirst(Viewer viewer) {
    List<Notification> all = new ArrayList<>();
    long after = 0;
    List<Notification> batch;
    do {
      batch =
          library
              .installation()
              .circulation()
              .notifications(viewer, viewer.mission(), after, READ_AT_ONCE);
      all.addAll(batch);
      if (!batch.isEmpty()) {
        after = batch.getLast().id();
      }
    } while (batch.size() == READ_AT_ONCE);
    return all.subList(Math.max(0, all.size() - ENTRIES), all.size()).reversed();
  }

  /** The feed; each entry links to the document's page in {@code language}. */
  private String atom(
      ServerRequest request, Viewer viewer, List<Notification> told, Language language) {
    String origin = request.requestedUri().scheme() + "://" + request.requestedUri().authority();
    // An empty feed has changed never: a date taken from the catalogue would move with hidden work.
    Instant updated = told.isEmpty() ? Instant.EPOCH : told.getFirst().at();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", "urn:dossier:notifications:" + viewer.mission());
      element(xml, "title", "Dossier: notifications for " + viewer.mission());
      element(xml, "updated", timestamp(updated));
      xml.writeEmptyElement("link");
      xml.writeAttribute("rel", "self");
      xml.writeAttribute("href", origin + PATH);
      xml.writeStartElement("author");
      element(xml, "name", "Dossier");
      xml.writeEndElement();
      for (Notification notification : told) {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:dossier:notification:" + notification.id());
        Views.Text words = NotificationWords.of(notification, language);
        xml.writeStartElement("title");
        xml.writeAttribute("xml:lang", words.lang());
        xml.writeCharacters(words.text());
        xml.writeEndElement();
        element(xml, "updated", timestamp(notification.at()));
        Optional<CataloguedDocument> document =
            library.catalogue().document(notification.documentId());
        if (document.isPresent()) {
          xml.writeEmptyElement("link");
          xml.writeAttribute(
              "href", origin + UrlPaths.encode("/" + language.code() + "/" + document.get().key()));
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the notifications feed: " + e.getMessage(), e);
    }
    return text.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static String timestamp(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }
}
