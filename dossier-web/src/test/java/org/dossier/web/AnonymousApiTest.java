package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.installation.Circulation;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentState;
import org.dossier.web.api.RouteTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API and the pages as an anonymous reader: every API route of the real routing table (a route
 * added later is covered without changing this test) and every page that could name a document —
 * home, searches and facets, the document page with {@code ?version=} and {@code &with=}, browse
 * levels, countries, the waiting list, the resolver's "did you mean". Two servers hold the same
 * generated corpus; one also ran the demo's workflow, which publishes a Limited and a Restricted
 * document and leaves two submissions unpublished. To an anonymous reader the two must be
 * indistinguishable: every answer — status, type and body, so suggestions, counts, facets and ETags
 * too — is the same on both, so a hidden symbol answers exactly as a symbol that never existed.
 * Which documents are hidden is written here from the policy table (docs/access.md), not asked of
 * the policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymousApiTest {
  private static final int DOCUMENTS = 8;
  private static final int LONELY_SESSION = 77;
  private static final Pattern PARAMETER = Pattern.compile("\\{\\+?([a-z]+)}");

  private TestServer withHidden;
  private TestServer without;
  private final List<CataloguedDocument> hidden = new ArrayList<>();
  private final List<CataloguedDocument> visible = new ArrayList<>();

  @BeforeAll
  void start() {
    withHidden = TestServer.start(DOCUMENTS);
    DemoWorkflow.prepare(withHidden.installation());
    withHidden
        .installation()
        .circulation()
        .submit(Viewer.delegate("delegate.fra", "FRA"), submissionAlone(LONELY_SESSION));
    without = TestServer.start(DOCUMENTS);
    for (CataloguedDocument document :
        withHidden.installation().catalogue().documents(DocumentFilter.ALL, 0, 1000)) {
      boolean published =
          document.state() == DocumentState.PUBLISHED
              || document.state() == DocumentState.WITHDRAWN;
      (published && document.distribution() == Distribution.GENERAL ? visible : hidden)
          .add(document);
    }
    assertThat(hidden)
        .extracting(CataloguedDocument::distribution)
        .contains(Distribution.LIMITED, Distribution.RESTRICTED);
    assertThat(hidden)
        .extracting(CataloguedDocument::state)
        .contains(DocumentState.SUBMITTED, DocumentState.IN_TRANSLATION);
    assertThat(visible).isNotEmpty();
    assertThat(visible)
        .noneMatch(document -> Integer.valueOf(LONELY_SESSION).equals(document.sessionNumber()));
  }

  /** A submission in a session of its own, so that session's browse answers are its alone. */
  private static Circulation.SubmissionForm submissionAlone(int session) {
    String text =
        "Note verbale dated 2 March 2020 from the Permanent Mission of France to the United"
            + " Nations Office at Geneva addressed to the Office of the High Commissioner for Human"
            + " Rights. The Permanent Mission has the honour to transmit a contribution, and"
            + " requests that it be circulated as a document of the seventy-seventh session of the"
            + " Human Rights Council under agenda item 9.";
    return new Circulation.SubmissionForm(
        "FRA",
        Body.HUMAN_RIGHTS_COUNCIL,
        session,
        List.of(9),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        List.of(new Circulation.Upload("fra-note.txt", text.getBytes(StandardCharsets.UTF_8))));
  }

  @AfterAll
  void stop() {
    withHidden.close();
    without.close();
  }

  @Test
  void everyRouteAnswersAsIfTheHiddenDocumentsNeverExisted() {
    List<String> paths = apiPaths();
    assertThat(paths)
        .hasSizeGreaterThan(withHidden.server().apiRoutes().routes().size() * hidden.size());
    assertAnswersAlike(paths);
  }

  /**
   * Every API route filled with the hidden documents' and a visible one's names, each format of a
   * version, and searches for the hidden ones.
   */
  private List<String> apiPaths() {
    List<String> paths = new ArrayList<>();
    List<RouteTable.Route> routes = withHidden.server().apiRoutes().routes();
    for (RouteTable.Route route : routes) {
      if (!route.method().equals("GET")) {
        continue;
      }
      for (CataloguedDocument document : hidden) {
        paths.addAll(concrete(route.path(), document));
      }
      paths.addAll(concrete(route.path(), visible.getFirst()));
    }
    for (String query :
        List.of(
            "distribution:Restricted",
            "distribution:Limited",
            "distribution:General",
            "zanzibar",
            "*")) {
      paths.add("/api/v1/search?facets=true&q=" + encoded(query));
    }
    for (CataloguedDocument document : hidden) {
      // The symbol resolver's "did you mean" page too.
      document.symbols().forEach(symbol -> paths.add(UrlPaths.encode("/en/" + symbol)));
      paths.add("/api/v1/search?facets=true&q=" + encoded(document.key()));
      titles(document).forEach(t -> paths.add("/api/v1/search?facets=true&q=" + encoded(t)));
    }
    for (String format : List.of("json", "text", "akn", "original")) {
      paths.add(
          UrlPaths.encode("/api/v1/versions/en/" + visible.getFirst().key()) + "?format=" + format);
    }
    return paths;
  }

  @Test
  void everyPageAnswersAsIfTheHiddenDocumentsNeverExisted() {
    List<String> paths = pagePaths();
    assertThat(paths).hasSizeGreaterThan(10 * hidden.size());
    assertAnswersAlike(paths);
  }

  /**
   * A hidden document's change moves no validator of an anonymous answer: {@code ETag}s stay, and
   * there is no date of change to move (it would follow the catalogue's change counter).
   */
  @Test
  void changingAHiddenDocumentMovesNoAnonymousValidator() throws InterruptedException {
    List<String> paths = new ArrayList<>(apiPaths());
    paths.addAll(pagePaths());
    List<String> before = validators(paths);
    Thread.sleep(1_100); // a date of change, kept to the second, would now move
    withHidden
        .installation()
        .circulation()
        .submit(Viewer.delegate("delegate.fra", "FRA"), submissionAlone(LONELY_SESSION + 1));
    assertThat(validators(paths)).isEqualTo(before);
  }

  private List<String> validators(List<String> paths) {
    List<String> validators = new ArrayList<>();
    for (String path : new LinkedHashSet<>(paths)) {
      HttpResponse<String> answer = withHidden.get(path);
      validators.add(
          path
              + " ETag="
              + answer.headers().firstValue("ETag").orElse("none")
              + " Last-Modified="
              + answer.headers().firstValue("Last-Modified").orElse("none"));
    }
    return validators;
  }

  /** Every page that could name a hidden document, and a visible one's. */
  private List<String> pagePaths() {
    List<String> paths = new ArrayList<>();
    for (String language : List.of("en", "fr", "ar")) {
      paths.add("/" + language + "/");
      paths.add("/" + language + "/browse");
      paths.add("/" + language + "/countries");
      paths.add("/" + language + "/provisional");
    }
    for (String query : List.of("distribution:Restricted", "distribution:Limited", "*")) {
      paths.add("/en/search?q=" + encoded(query));
    }
    for (String facet :
        List.of("body:HRC", "session:" + LONELY_SESSION, "language:fr", "country:FRA")) {
      paths.add("/en/search?q=*&filter=" + encoded(facet));
    }
    List<CataloguedDocument> documents = new ArrayList<>(hidden);
    documents.add(visible.getFirst());
    for (CataloguedDocument document : documents) {
      paths.addAll(pages(document));
    }
    return paths;
  }

  /** The pages that could name the document: its own, its browse levels, its country, searches. */
  private List<String> pages(CataloguedDocument document) {
    List<String> paths = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>(document.symbols());
    symbols.add(document.key());
    for (String symbol : symbols) {
      String page = UrlPaths.encode("/en/" + symbol);
      paths.add(page);
      paths.add(page + "?version=fr");
      paths.add(page + "?version=en&with=fr");
      paths.add(page + "?version=ar&with=en");
      paths.add(UrlPaths.encode("/fr/" + symbol.replace('/', '_')));
      paths.add("/en/search?q=" + encoded(symbol));
    }
    titles(document).forEach(t -> paths.add("/en/search?q=" + encoded(t)));
    String body =
        "/en/browse?body="
            + Optional.ofNullable(document.body())
                .flatMap(Body::fromName)
                .map(Body::code)
                .orElse("HRC");
    String session =
        body + "&session=" + (document.sessionNumber() == null ? 1 : document.sessionNumber());
    paths.add(body);
    paths.add(session);
    agendaItems(document).forEach(item -> paths.add(session + "&item=" + item));
    if (document.country() != null) {
      paths.add("/en/countries/" + document.country());
      paths.add("/en/search?q=*&filter=" + encoded("country:" + document.country()));
    }
    return paths;
  }

  /**
   * Each path answers alike on both servers — status, type and body, and the ETag where the body
   * names no server's own address — names no hidden document and no folder of the server.
   */
  private void assertAnswersAlike(List<String> paths) {
    for (String path : new LinkedHashSet<>(paths)) {
      HttpResponse<String> seen = withHidden.get(path);
      HttpResponse<String> never = without.get(path);
      assertNamesNoFolderOfTheServer(path, seen);
      String seenBody = ownAddressRemoved(withHidden, seen.body());
      String neverBody = ownAddressRemoved(without, never.body());
      assertThat(seen.statusCode()).as(path + " → " + seen.body()).isEqualTo(never.statusCode());
      assertThat(seen.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(never.headers().firstValue("Content-Type"));
      assertThat(seenBody).as(path).isEqualTo(neverBody);
      if (seenBody.equals(seen.body())) {
        assertThat(seen.headers().firstValue("ETag"))
            .as(path)
            .isEqualTo(never.headers().firstValue("ETag"));
      }
      assertNamesNoHiddenDocument(path, seen.body());
    }
  }

  @Test
  void searchesForHiddenDistributionsCountNothing() {
    for (String distribution : List.of("Restricted", "Limited")) {
      String body =
          withHidden
              .get("/api/v1/search?facets=true&q=" + encoded("distribution:" + distribution))
              .body();
      assertThat(body).contains("\"total\":0");
    }
    String all = withHidden.get("/api/v1/search?facets=true&q=" + encoded("*")).body();
    assertThat(all).doesNotContain("\"Restricted\"").doesNotContain("\"Limited\"");
  }

  /** The body without what differs between the servers by construction: their addresses. */
  private static String ownAddressRemoved(TestServer server, String body) {
    return body.replace(server.uri("/").toString(), "SERVER/");
  }

  /**
   * Neither the body nor a header (a download's {@code Content-Disposition}) names the folder the
   * corpus was imported from or the data directory: they share the server's temporary directory.
   */
  private void assertNamesNoFolderOfTheServer(String path, HttpResponse<String> answer) {
    String folder = withHidden.corpus().getParent().toString();
    assertThat(answer.body()).as(path).doesNotContain(folder);
    answer
        .headers()
        .map()
        .forEach((name, values) ->
            assertThat(values).as(path + " " + name).noneMatch(value -> value.contains(folder)));
  }

  /** No hidden document's symbol, key or title appears, but for what the request itself typed. */
  private void assertNamesNoHiddenDocument(String path, String body) {
    for (CataloguedDocument document : hidden) {
      for (String name : names(document)) {
        if (!path.contains(name) && !path.contains(encoded(name))) {
          assertThat(Pattern.compile(Pattern.quote(name) + "(?![\\w./*])").matcher(body).find())
              .as(path + " names hidden " + name + ": " + body)
              .isFalse();
        }
      }
    }
  }

  private List<String> names(CataloguedDocument document) {
    List<String> names = new ArrayList<>(document.symbols());
    names.add(document.key());
    names.addAll(titles(document));
    return names;
  }

  private List<String> titles(CataloguedDocument document) {
    return withHidden.installation().catalogue().currentVersions(document.id()).stream()
        .map(CataloguedVersion::title)
        .filter(title -> title != null && !title.isBlank())
        .toList();
  }

  /** The route's path with each parameter filled from the document's own values. */
  private List<String> concrete(String route, CataloguedDocument document) {
    Optional<CataloguedVersion> version = firstVersion(document);
    List<String> agendaItems = agendaItems(document);
    Set<String> symbols = new LinkedHashSet<>(document.symbols());
    symbols.add(document.key());
    List<String> paths = new ArrayList<>();
    for (String symbol : symbols) {
      String path = route;
      path = path.replace("{+symbol}", symbol);
      path = path.replace("{lang}", version.map(v -> v.language().code()).orElse("en"));
      path = path.replace("{a}", "en").replace("{b}", "fr");
      path = path.replace("{body}", document.body() == null ? "HRC" : document.body());
      path =
          path.replace(
              "{session}",
              document.sessionNumber() == null ? "1" : document.sessionNumber().toString());
      path = path.replace("{item}", agendaItems.isEmpty() ? "1" : agendaItems.getFirst());
      path = path.replace("{country}", document.country() == null ? "FRA" : document.country());
      assertThat(PARAMETER.matcher(path).find()).as("every parameter of " + route).isFalse();
      paths.add(UrlPaths.encode(path));
      paths.add(UrlPaths.encode(path) + "?format=tmx");
    }
    return paths;
  }

  private Optional<CataloguedVersion> firstVersion(CataloguedDocument document) {
    return withHidden.installation().catalogue().currentVersions(document.id()).stream()
        .findFirst();
  }

  private List<String> agendaItems(CataloguedDocument document) {
    return firstVersion(document).map(v -> v.record().agendaItems()).orElse(List.of()).stream()
        .map(DocumentRecord.AgendaRef::number)
        .map(String::valueOf)
        .toList();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
