package org.dossier.web.api;

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
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/**
 * {@code /api/v1/notifications.atom}: the private Atom feed of what a delegate's mission was told
 * about its submissions (registered, returned, published…), newest first. It reads as the request's
 * viewer, so a feed reader sends the delegate's API token ({@code Authorization: Bearer}); without
 * one the answer is 401, and to an account that acts for no mission 403. Entries link to the pages
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
    routes.get("/notifications.atom", this::feed);
  }

  private void feed(ServerRequest request, ServerResponse response) {
    Viewer viewer = library.viewer();
    if (viewer.role() == Role.PUBLIC) {
      response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
      Problems.send(
          response,
          Status.UNAUTHORIZED_401,
          "The notifications feed is private: send a delegate's API token"
              + " (Authorization: Bearer dossier_…).");
      return;
    }
    if (viewer.role() != Role.DELEGATE) {
      Problems.send(
          response,
          Status.FORBIDDEN_403,
          viewer.name() + " acts for no mission, so has no notifications feed.");
      return;
    }
    Language language =
        request.query().first("lang").isPresent()
            ? Language.fromCode(SearchApi.language(request.query().get("lang"))).orElseThrow()
            : UrlPaths.preferredLanguage(
                request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(""));
    List<Notification> told = newestFirst(viewer);
    response.header(HeaderNames.CONTENT_TYPE, "application/atom+xml; charset=UTF-8");
    response.header(HeaderNames.CACHE_CONTROL, "private, no-store");
    response.send(atom(request, viewer, told, language).getBytes(StandardCharsets.UTF_8));
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
        element(xml, "title", notification.message());
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
