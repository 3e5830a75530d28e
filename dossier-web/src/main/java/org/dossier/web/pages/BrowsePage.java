package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.catalogue.CataloguedAgendaItem;
import org.dossier.catalogue.CataloguedBody;
import org.dossier.catalogue.CataloguedSession;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.HrcAgenda;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Body;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.Hit;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.web.Library;

/**
 * Browsing: bodies ({@code /{lang}/browse}) → sessions with their dates ({@code /browse?body=HRC})
 * → agenda items with their titles in the reader's language ({@code &session=43}) → documents
 * ({@code &item=4}). The structure comes from the catalogue; the documents from the index, so a
 * reader sees only what the search lets them find. The levels are query parameters, not path
 * segments: {@code /{lang}/browse/HRC/43} would read as a symbol to the resolver.
 */
final class BrowsePage implements HttpService {
  static final int PAGE_SIZE = 50;

  private final Library library;

  BrowsePage(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/browse", this::browse);
  }

  /** The path of a body's page: {@code /browse?body=HRC}. */
  static String bodyPath(CataloguedBody body) {
    return "/browse?body=" + Page.encode(code(body));
  }

  private static String sessionPath(CataloguedBody body, int session) {
    return bodyPath(body) + "&session=" + session;
  }

  private void browse(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    boolean found =
        Readers.parameter(request, "body").isEmpty()
            ? bodies(request, response, language.get())
            : Readers.parameter(request, "session").isEmpty()
                ? sessions(request, response, language.get())
                : Readers.parameter(request, "item").isEmpty()
                    ? session(request, response, language.get())
                    : item(request, response, language.get());
    if (!found) {
      Page page =
          Readers.page(
              library.viewer(),
              request,
              language.get(),
              Messages.of(language.get()).get("error.notFound"));
      Readers.notFound(response, page, page.t("error.notFoundHelp"), List.of());
    }
  }

  /** The code the index files the body's documents under: {@code HRC}, else its name. */
  private static String code(CataloguedBody body) {
    return Body.fromName(body.name()).map(Body::code).orElse(body.name());
  }

  private boolean bodies(ServerRequest request, ServerResponse response, Language language) {
    Page page =
        Readers.page(
            library.viewer(), request, language, Messages.of(language).get("browse.bodies"));
    List<Views.Entry> entries = new ArrayList<>();
    for (CataloguedBody body : library.bodies()) {
      entries.add(new Views.Entry(page.bodyName(body.name()), page.href(bodyPath(body)), "", null));
    }
    send(
        response, page, new Views.Listing(page.title(), List.of(), entries, null, List.of(), null));
    return true;
  }

  private boolean sessions(ServerRequest request, ServerResponse response, Language language) {
    Optional<CataloguedBody> body = body(request);
    if (body.isEmpty()) {
      return false;
    }
    Page page = Readers.page(library.viewer(), request, language, "");
    page = page.titled(page.bodyName(body.get().name()));
    LanguageConventions conventions = LanguageConventions.of(page.language());
    List<Views.Entry> entries = new ArrayList<>();
    for (CataloguedSession session : library.sessions(body.get())) {
      entries.add(
          new Views.Entry(
              sessionName(conventions, session.number()),
              page.href(sessionPath(body.get(), session.number())),
              page.dates(session.start(), session.end()),
              null));
    }
    send(
        response,
        page,
        new Views.Listing(
            page.title(),
            List.of(new Views.Link(page.t("browse.bodies"), page.href("/browse"))),
            entries,
            null,
            List.of(),
            null));
    return true;
  }

  private boolean session(ServerRequest request, ServerResponse response, Language language) {
    Optional<CataloguedBody> body = body(request);
    Optional<CataloguedSession> session = body.flatMap(b -> session(request, b));
    if (session.isEmpty()) {
      return false;
    }
    Page page = Readers.page(library.viewer(), request, language, "");
    LanguageConventions conventions = LanguageConventions.of(page.language());
    page = page.titled(sessionName(conventions, session.get().number()));
    List<Views.Entry> entries = new ArrayList<>();
    for (CataloguedAgendaItem item : library.agendaItems(body.get(), session.get())) {
      entries.add(
          new Views.Entry(
              agendaName(conventions, body.get(), item.number()),
              page.href(sessionPath(body.get(), session.get().number()) + "&item=" + item.number()),
              "",
              agendaTitle(page.language(), body.get(), item).orElse(null)));
    }
    Documents documents = documents(request, page, body.get(), session.get().number(), null);
    if (documents == null) {
      Readers.badRequest(response, page, "cursor: not a cursor this page gave; start again");
      return true;
    }
    send(
        response,
        page,
        new Views.Listing(
            page.title() + " · " + page.dates(session.get().start(), session.get().end()),
            List.of(
                new Views.Link(page.t("browse.bodies"), page.href("/browse")),
                new Views.Link(page.bodyName(body.get().name()), page.href(bodyPath(body.get())))),
            entries,
            page.t("browse.documents"),
            documents.hits(),
            documents.next()));
    return true;
  }

  private boolean item(ServerRequest request, ServerResponse response, Language language) {
    Optional<CataloguedBody> body = body(request);
    Optional<CataloguedSession> session = body.flatMap(b -> session(request, b));
    Optional<CataloguedAgendaItem> item =
        session.flatMap(s ->
            library.agendaItems(body.get(), s).stream()
                .filter(i ->
                    String.valueOf(i.number())
                        .equals(Readers.parameter(request, "item").orElse("")))
                .findFirst());
    if (item.isEmpty()) {
      return false;
    }
    Page page = Readers.page(library.viewer(), request, language, "");
    LanguageConventions conventions = LanguageConventions.of(page.language());
    page = page.titled(agendaName(conventions, body.get(), item.get().number()));
    Documents documents =
        documents(request, page, body.get(), session.get().number(), item.get().number());
    if (documents == null) {
      Readers.badRequest(response, page, "cursor: not a cursor this page gave; start again");
      return true;
    }
    String sessionPath = sessionPath(body.get(), session.get().number());
    Optional<Views.Text> title = agendaTitle(page.language(), body.get(), item.get());
    send(
        response,
        page,
        new Views.Listing(
            page.title() + title.map(t -> ". " + t.text()).orElse(""),
            List.of(
                new Views.Link(page.t("browse.bodies"), page.href("/browse")),
                new Views.Link(page.bodyName(body.get().name()), page.href(bodyPath(body.get()))),
                new Views.Link(
                    sessionName(conventions, session.get().number()), page.href(sessionPath))),
            List.of(),
            page.t("browse.documents"),
            documents.hits(),
            documents.next()));
    return true;
  }

  private record Documents(List<Views.HitView> hits, String next) {}

  /** The visible documents of a session or agenda item, oldest first, one page. */
  private Documents documents(
      ServerRequest request, Page page, CataloguedBody body, int session, Integer item) {
    SearchRequest.Builder builder =
        library
            .request(new Query.MatchAll())
            .filter(Facet.BODY, code(body))
            .filter(Facet.SESSION, String.valueOf(session))
            .sort(SortOrder.OLDEST_FIRST)
            .pageSize(PAGE_SIZE)
            .snippets(false);
    if (item != null) {
      builder.filter(Facet.AGENDA, String.valueOf(item));
    }
    Readers.parameter(request, "cursor").ifPresent(builder::cursor);
    SearchResult result;
    try {
      result = library.search(builder.build());
    } catch (InvalidCursorException e) {
      return null;
    }
    List<Views.HitView> hits = new ArrayList<>();
    for (Hit hit : result.hits()) {
      hits.add(Hits.view(library, page, hit));
    }
    String here =
        page.href(
            item == null
                ? sessionPath(body, session)
                : sessionPath(body, session) + "&item=" + item);
    return new Documents(
        hits, result.nextCursor().map(c -> here + "&cursor=" + Page.encode(c)).orElse(null));
  }

  private Optional<CataloguedBody> body(ServerRequest request) {
    String wanted = Readers.parameter(request, "body").orElse("");
    return library.bodies().stream()
        .filter(body -> code(body).equalsIgnoreCase(wanted))
        .findFirst();
  }

  private Optional<CataloguedSession> session(ServerRequest request, CataloguedBody body) {
    String wanted = Readers.parameter(request, "session").orElse("");
    return library.sessions(body).stream()
        .filter(session -> String.valueOf(session.number()).equals(wanted))
        .findFirst();
  }

  private static String sessionName(LanguageConventions conventions, int number) {
    return number >= 1 && number <= LanguageConventions.MAX_SESSION
        ? conventions.sessionHeading(number)
        : String.valueOf(number);
  }

  private static String agendaName(LanguageConventions conventions, CataloguedBody body, int item) {
    AgendaHeading heading = AgendaHeading.of(item);
    return Body.fromName(body.name())
        .map(known -> conventions.agendaHeading(heading, known))
        .orElse(conventions.agendaHeading(heading));
  }

  /**
   * The item's title in the reader's language: as a version in that language printed it, else the
   * Human Rights Council's standing agenda, else the original's or English as printed.
   */
  static Optional<Views.Text> agendaTitle(
      Language reader, CataloguedBody body, CataloguedAgendaItem item) {
    String printed = item.titles().get(reader);
    if (printed != null) {
      return Optional.of(new Views.Text(reader, printed));
    }
    boolean council = Body.fromName(body.name()).orElse(null) == Body.HUMAN_RIGHTS_COUNCIL;
    if (council && item.number() >= 1 && item.number() <= HrcAgenda.ITEMS) {
      Optional<String> standing = HrcAgenda.title(item.number(), reader);
      if (standing.isPresent()) {
        return Optional.of(new Views.Text(reader, standing.get()));
      }
    }
    Language fallback = Hits.shownLanguage(reader, null, item.titles().keySet());
    return Optional.ofNullable(fallback).map(l -> new Views.Text(l, item.titles().get(l)));
  }

  private static void send(ServerResponse response, Page page, Views.Listing listing) {
    Templates.send(response, Status.OK_200, "browse.jte", Map.of("page", page, "listing", listing));
  }
}
