package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.Circulation;
import org.dossier.installation.Installation;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.web.api.RouteTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every route of the site, as each role reads it: anonymous, the delegates of France and of
 * Azerbaijan, a translator (French and Spanish), the registrar and an administrator. For each role
 * two servers hold the same generated corpus and the same workflow documents the role may see; one
 * also holds the documents the role may not see ({@link Held}, created after the others so that ids
 * and allocated symbols of the rest are alike). Which documents a role may not see is written here
 * by hand from the policy table of docs/access.md, not asked of the policy.
 *
 * <p>The routes come from the server's own routing table ({@link DossierServer#routes()}): a route
 * added later by any service is covered without changing this test, and one whose parameters this
 * test cannot fill fails it by name. Every GET route is filled with the hidden and the visible
 * documents' symbols, keys, ids, bodies, sessions, agenda items and countries; searches for the
 * hidden titles and keys with facets, facet filters, paging cursors, the resolver's "did you mean",
 * the notifications feed, downloads, aligned pairs and TMX are added. Each answer must be the same
 * on both servers. Every other route (POST…) is sent, with the role's session and CSRF token, for
 * the hidden documents and for ones that never existed: it must change nothing on either server and
 * answer alike on both — so a hidden document answers as a missing one.
 *
 * <p>Masked before comparing, and only these: the server's own address, CSRF tokens (the session's,
 * and the sign-in form's pre-session token: random per server by construction), and instants
 * written to the second ({@code 2026-12-07T03:00:00Z}): the two servers did the same work at
 * different moments, and a notification's time is the time it was made. Every other byte must be
 * alike: relevance scores, the order of hits and search cursors included (a paged answer's next
 * page is asked on both servers with the cursor both gave). This test found both leaking once —
 * scores weighed by statistics of the whole index and cursors carrying the index's version, hidden
 * documents and changes included — and holds dossier-search to not leaking them (docs/access.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRoleEveryRouteTest {
  private static final int DOCUMENTS = 8;
  private static final int LONELY_SESSION = 77;
  private static final Pattern PARAMETER = Pattern.compile("\\{\\+?([A-Za-z]+)}");
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z| \\d{2}:\\d{2}:\\d{2} UTC)");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"[^\"]*\"");
  private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
  private static final String NEVER_ID = "987654";
  private static final String NEVER_KEY = "submission:987654";
  private static final String NEVER_SYMBOL = "A/HRC/43/G/987";

  /** No account has this name: disabling or enabling it changes nothing. */
  private static final String NEVER_ACCOUNT = "nobody.here";

  /** The workflow documents, in the order that suits most roles (visible ones first). */
  enum Held {
    /** FRA's draft, published Limited. */
    LIMITED,
    /** AZE's communication, registered General, in translation. */
    AZE_IN_TRANSLATION,
    /** AZE's submission waiting for the registrar. */
    AZE_WAITING,
    /** FRA's communication, published Restricted. */
    RESTRICTED,
    /** FRA's submission waiting, alone in its session (so that session's browse is its alone). */
    FRA_WAITING_ALONE
  }

  /** The roles, each with what it may see by the policy table of docs/access.md. */
  enum Reader {
    ANONYMOUS(null, EnumSet.noneOf(Held.class)),
    DELEGATE_FRA("delegate.fra", EnumSet.of(Held.LIMITED, Held.RESTRICTED, Held.FRA_WAITING_ALONE)),
    DELEGATE_AZE(
        "delegate.aze", EnumSet.of(Held.LIMITED, Held.AZE_IN_TRANSLATION, Held.AZE_WAITING)),
    TRANSLATOR("translator", EnumSet.of(Held.LIMITED, Held.AZE_IN_TRANSLATION)),
    REGISTRAR("registrar", EnumSet.allOf(Held.class)),
    ADMINISTRATOR("admin", EnumSet.allOf(Held.class));

    final String account;
    final Set<Held> sees;

    Reader(String account, Set<Held> sees) {
      this.account = account;
      this.sees = sees;
    }

    /** What the server with the hidden documents holds: the visible ones first. */
    List<Held> allInOrder() {
      List<Held> order = new ArrayList<>(visibleInOrder());
      Stream.of(Held.values()).filter(held -> !sees.contains(held)).forEach(order::add);
      return order;
    }

    List<Held> visibleInOrder() {
      return Stream.of(Held.values()).filter(sees::contains).toList();
    }
  }

  /** Servers by what they hold; a role's twin is a server of its own even when it holds all. */
  private final Map<String, TestServer> servers = new HashMap<>();

  private final Map<String, Map<Held, CataloguedDocument>> heldBy = new HashMap<>();

  @AfterAll
  void stop() {
    servers.values().forEach(TestServer::close);
  }

  private TestServer withHidden(Reader reader) {
    return server("all " + reader.allInOrder(), reader.allInOrder());
  }

  private TestServer twin(Reader reader) {
    return server("twin " + reader.visibleInOrder(), reader.visibleInOrder());
  }

  private synchronized TestServer server(String name, List<Held> order) {
    return servers.computeIfAbsent(
        name,
        key -> {
          TestServer server = TestServer.start(DOCUMENTS);
          addAccounts(server.installation());
          Map<Held, CataloguedDocument> documents = new HashMap<>();
          for (Held held : order) {
            documents.put(held, create(server.installation(), held));
          }
          heldBy.put(key, documents);
          return server;
        });
  }

  private Map<Held, CataloguedDocument> held(Reader reader) {
    withHidden(reader);
    return heldBy.get("all " + reader.allInOrder());
  }

  private static void addAccounts(Installation installation) {
    var access = installation.accessControl();
    Viewer local = Viewer.localAdministrator();
    access.createAccount(local, "delegate.fra", Role.DELEGATE, "FRA", Set.of(), "pw-delegate.fra");
    access.createAccount(local, "delegate.aze", Role.DELEGATE, "AZE", Set.of(), "pw-delegate.aze");
    access.createAccount(
        local,
        "translator",
        Role.TRANSLATOR,
        null,
        Set.of(Language.FR, Language.ES),
        "pw-translator");
    access.createAccount(local, "registrar", Role.REGISTRAR, null, Set.of(), "pw-registrar");
    access.createAccount(local, "admin", Role.ADMINISTRATOR, null, Set.of(), "pw-admin");
  }

  /** Puts one workflow document through its steps, as its mission and the registrar would. */
  private static CataloguedDocument create(Installation installation, Held held) {
    List<GeneratedDocument> texts = new CorpusGenerator(4343).documents(5).toList();
    Circulation circulation = installation.circulation();
    Viewer france = Viewer.delegate("delegate.fra", "FRA");
    Viewer azerbaijan = Viewer.delegate("delegate.aze", "AZE");
    Viewer registrar = Viewer.registrar("registrar");
    LocalDate date = LocalDate.of(2020, 3, 2);
    long id =
        switch (held) {
          case LIMITED -> {
            long limited =
                circulation.submit(france, form("FRA", texts.get(0), 43, Language.values()));
            circulation.register(
                registrar,
                limited,
                new Registration(
                    SymbolSeries.DRAFT, null, date, Language.EN, Distribution.LIMITED));
            issueAndPublish(circulation, registrar, limited, date, 3100);
            yield limited;
          }
          case RESTRICTED -> {
            long restricted =
                circulation.submit(france, form("FRA", texts.get(1), 43, Language.values()));
            circulation.register(
                registrar,
                restricted,
                new Registration(
                    SymbolSeries.GOVERNMENT_COMMUNICATION,
                    null,
                    date,
                    Language.EN,
                    Distribution.RESTRICTED));
            issueAndPublish(circulation, registrar, restricted, date, 3200);
            yield restricted;
          }
          case AZE_IN_TRANSLATION -> {
            long translating =
                circulation.submit(azerbaijan, form("AZE", texts.get(2), 43, Language.EN));
            circulation.register(
                registrar,
                translating,
                new Registration(
                    SymbolSeries.GOVERNMENT_COMMUNICATION,
                    null,
                    date,
                    Language.EN,
                    Distribution.GENERAL));
            yield translating;
          }
          case AZE_WAITING ->
              circulation.submit(azerbaijan, form("AZE", texts.get(3), 43, Language.EN));
          case FRA_WAITING_ALONE ->
              circulation.submit(
                  france, form("FRA", texts.get(4), LONELY_SESSION, Language.EN, Language.FR));
        };
    return installation.catalogue().document(id).orElseThrow();
  }

  private static Circulation.SubmissionForm form(
      String mission, GeneratedDocument document, int session, Language... languages) {
    List<Circulation.Upload> files = new ArrayList<>();
    for (Language language : languages) {
      var version = document.version(language);
      files.add(new Circulation.Upload(version.fileName(Format.TXT), version.render(Format.TXT)));
    }
    return new Circulation.SubmissionForm(
        mission,
        Body.HUMAN_RIGHTS_COUNCIL,
        session,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        files);
  }

  private static void issueAndPublish(
      Circulation circulation, Viewer registrar, long id, LocalDate date, int firstJob) {
    int job = firstJob;
    for (Language language : Language.values()) {
      circulation.issue(registrar, id, language, date, "GE.20-0" + job++);
    }
    circulation.publish(registrar, id);
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void theRoutingListsEveryServicesRoutesPagesIncluded() {
    List<RouteTable.Route> routes = TestServer.shared().server().routes().routes();
    assertThat(routes)
        .contains(
            new RouteTable.Route("GET", "/{lang}/login"),
            new RouteTable.Route("POST", "/{lang}/login"),
            new RouteTable.Route("POST", "/{lang}/logout"),
            new RouteTable.Route("GET", "/{lang}/{+symbol}"),
            new RouteTable.Route("GET", "/{lang}/search"),
            new RouteTable.Route("GET", "/{lang}/browse"),
            new RouteTable.Route("GET", "/{lang}/countries/{code}"),
            new RouteTable.Route("GET", "/static/{file}"),
            new RouteTable.Route("GET", "/api/v1/search"),
            new RouteTable.Route("GET", "/api/v1/documents/{+symbol}"),
            new RouteTable.Route("POST", "/api/v1/admin/imports"));
    assertThat(TestServer.shared().server().apiRoutes().routes())
        .as("the OpenAPI table keeps to the API's resources")
        .noneMatch(route -> route.path().contains("login") || route.path().startsWith("/static"));
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void everyGetRouteAnswersAsIfTheHiddenDocumentsNeverExisted(Reader reader) {
    TestServer seen = withHidden(reader);
    TestServer never = twin(reader);
    Session seenSession = Session.of(seen, reader);
    Session neverSession = Session.of(never, reader);
    List<String> paths = getPaths(reader);
    assertThat(paths).hasSizeGreaterThan(100);
    for (String path : new LinkedHashSet<>(paths)) {
      assertAlikeWithPages(reader, path, seenSession, neverSession);
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void everyOtherRouteOnAHiddenOrMissingDocumentChangesNothingAndAnswersAlike(Reader reader) {
    TestServer seen = withHidden(reader);
    TestServer never = twin(reader);
    List<RouteTable.Route> writes =
        seen.server().routes().routes().stream()
            .filter(route -> !List.of("GET", "HEAD", "OPTIONS").contains(route.method()))
            .filter(route -> !(route.method().equals("ANY") && route.path().endsWith("*")))
            .toList();
    assertThat(writes).isNotEmpty();
    for (RouteTable.Route route : writes) {
      List<String> paths = new ArrayList<>();
      for (CataloguedDocument document : hidden(reader)) {
        paths.addAll(fill(route, values(seen, document)));
      }
      paths.addAll(fill(route, neverValues()));
      for (String path : new LinkedHashSet<>(paths)) {
        String before = state(seen) + " | " + state(never);
        // A fresh session each time: a route may end it (sign-out).
        HttpResponse<String> onSeen = Session.of(seen, reader).post(route.method(), path);
        HttpResponse<String> onNever = Session.of(never, reader).post(route.method(), path);
        assertThat(state(seen) + " | " + state(never))
            .as(reader + " " + route.method() + " " + path + " changed something: " + onSeen.body())
            .isEqualTo(before);
        assertAlike(reader, route.method() + " " + path, onSeen, onNever);
      }
    }
  }

  /**
   * The delegate of France asking for Azerbaijan's submission by id, key and symbol, for its
   * original file and its aligned pairs gets what it gets for a document that never existed, with
   * only the name it typed differing; its own feed names none of Azerbaijan's documents.
   */
  @Test
  void aDelegateAskingForAnotherMissionsSubmissionGetsWhatAMissingOneGets() {
    Reader france = Reader.DELEGATE_FRA;
    TestServer server = withHidden(france);
    Session session = Session.of(server, france);
    CataloguedDocument waiting = held(france).get(Held.AZE_WAITING);
    CataloguedDocument translating = held(france).get(Held.AZE_IN_TRANSLATION);
    Map<String, String> asked =
        Map.of(
            "#" + waiting.id(),
            "#" + NEVER_ID,
            waiting.key(),
            NEVER_KEY,
            translating.symbol(),
            NEVER_SYMBOL);
    asked.forEach((hidden, missing) -> {
      for (String route :
          List.of(
              "/api/v1/documents/",
              "/api/v1/versions/en/",
              "/api/v1/families/",
              "/api/v1/citations/",
              "/en/")) {
        for (String suffix : List.of("", "?format=original", "/alignments/en/fr?format=tmx")) {
          boolean applies =
              suffix.isEmpty()
                  || (suffix.startsWith("?") && route.startsWith("/api/v1/versions/"))
                  || (suffix.startsWith("/") && route.equals("/api/v1/documents/"));
          if (!applies) {
            continue;
          }
          String hiddenPath = UrlPaths.encode(route + hidden) + suffix;
          String missingPath = UrlPaths.encode(route + missing) + suffix;
          HttpResponse<String> onHidden = session.get(hiddenPath);
          HttpResponse<String> onMissing = session.get(missingPath);
          assertThat(onHidden.statusCode()).as(hiddenPath).isEqualTo(404);
          assertThat(onMissing.statusCode()).as(missingPath).isEqualTo(404);
          assertThat(typedNameMasked(withoutSuggestions(onHidden.body()), hidden))
              .as(hiddenPath)
              .isEqualTo(typedNameMasked(withoutSuggestions(onMissing.body()), missing));
        }
      }
    });
    String feed = session.get("/api/v1/notifications.atom").body();
    assertThat(feed).contains("urn:dossier:notifications:FRA");
    for (CataloguedDocument theirs : List.of(waiting, translating)) {
      assertThat(feed).doesNotContain(theirs.key()).doesNotContain("#" + theirs.id());
      theirs.symbols().forEach(symbol -> assertThat(feed).doesNotContain(symbol));
    }
  }

  /**
   * Equal work, measured once: France's delegate asks alternately for Azerbaijan's waiting
   * submission and for one that never existed, by key, and the median times must agree within a
   * factor of two (the catalogue runs the same statements for both; a hidden document answered by a
   * shortcut, or after extra reads, would show here). Medians of interleaved requests keep a busy
   * machine's noise on both sides alike.
   */
  @Test
  void aHiddenAndAMissingDocumentTakeTheSameTime() {
    Reader france = Reader.DELEGATE_FRA;
    Session session = Session.of(withHidden(france), france);
    String hidden =
        UrlPaths.encode("/api/v1/documents/" + held(france).get(Held.AZE_WAITING).key());
    String missing = UrlPaths.encode("/api/v1/documents/" + NEVER_KEY);
    List<Long> hiddenNanos = new ArrayList<>();
    List<Long> missingNanos = new ArrayList<>();
    for (int round = 0; round < 80; round++) {
      boolean hiddenFirst = round % 2 == 0;
      for (boolean askHidden : new boolean[] {hiddenFirst, !hiddenFirst}) {
        long start = System.nanoTime();
        assertThat(session.get(askHidden ? hidden : missing).statusCode()).isEqualTo(404);
        (askHidden ? hiddenNanos : missingNanos).add(System.nanoTime() - start);
      }
    }
    double ratio =
        (double) median(hiddenNanos.subList(10, 80)) / median(missingNanos.subList(10, 80));
    assertThat(ratio).as("median time hidden / missing").isBetween(0.5, 2.0);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** The body without the name the request typed, as written and as a link writes it. */
  private static String typedNameMasked(String body, String name) {
    return body.replace(UrlPaths.encode("/" + name).substring(1), "NAME").replace(name, "NAME");
  }

  /**
   * "Did you mean" draws on the typed text, which differs between a hidden and a missing name; that
   * the suggestions name no hidden document is checked by the twin comparison above.
   */
  private static String withoutSuggestions(String body) {
    return body.replaceAll("\"suggestions\":\\[[^]]*]", "\"suggestions\":[]")
        .replaceAll("(?s)<ul class=\"suggestions\">.*?</ul>", "");
  }

  /**
   * A hidden document's change moves no validator of what the role reads: {@code ETag}s stay, and
   * there is no date of change to move.
   */
  @ParameterizedTest
  @EnumSource(
      value = Reader.class,
      names = {"ANONYMOUS", "DELEGATE_AZE"})
  void changingAHiddenDocumentMovesNoValidator(Reader reader) throws InterruptedException {
    TestServer server = withHidden(reader);
    Session session = Session.of(server, reader);
    List<String> paths = new ArrayList<>(new LinkedHashSet<>(getPaths(reader)));
    List<String> before = validators(session, paths);
    Thread.sleep(1_100); // a date of change, kept to the second, would now move
    server
        .installation()
        .circulation()
        .submit(
            Viewer.delegate("delegate.fra", "FRA"),
            form(
                "FRA",
                new CorpusGenerator(4343).documents(6).toList().get(5),
                LONELY_SESSION + 1,
                Language.EN));
    assertThat(validators(session, paths)).isEqualTo(before);
  }

  @Test
  void searchesForHiddenDistributionsCountNothingForTheAnonymousReader() {
    TestServer server = withHidden(Reader.ANONYMOUS);
    for (String distribution : List.of("Restricted", "Limited")) {
      String body =
          server
              .get("/api/v1/search?facets=true&q=" + encoded("distribution:" + distribution))
              .body();
      assertThat(body).contains("\"total\":0");
    }
    String all = server.get("/api/v1/search?facets=true&q=" + encoded("*")).body();
    assertThat(all).doesNotContain("\"Restricted\"").doesNotContain("\"Limited\"");
  }

  // ---------------------------------------------------------------------------------------------

  private List<CataloguedDocument> hidden(Reader reader) {
    Map<Held, CataloguedDocument> held = held(reader);
    return Stream.of(Held.values())
        .filter(each -> !reader.sees.contains(each))
        .map(held::get)
        .toList();
  }

  /** Every GET route filled with each workflow document and a visible one, and more. */
  private List<String> getPaths(Reader reader) {
    TestServer server = withHidden(reader);
    List<CataloguedDocument> documents = new ArrayList<>(held(reader).values());
    documents.add(server.installation().catalogue().documents(DocumentFilter.ALL, 0, 1).getFirst());
    List<String> paths = new ArrayList<>();
    for (RouteTable.Route route : server.server().routes().routes()) {
      if (!route.method().equals("GET")) {
        continue;
      }
      for (CataloguedDocument document : documents) {
        for (String path : fill(route, values(server, document))) {
          paths.add(path);
          paths.add(path + (path.contains("?") ? "&" : "?") + "format=tmx");
        }
      }
    }
    for (String query :
        List.of("distribution:Restricted", "distribution:Limited", "distribution:General", "*")) {
      paths.add("/api/v1/search?facets=true&pageSize=3&q=" + encoded(query));
      paths.add("/en/search?q=" + encoded(query));
    }
    for (String facet :
        List.of("body:HRC", "session:" + LONELY_SESSION, "language:fr", "country:FRA")) {
      paths.add("/en/search?q=*&filter=" + encoded(facet));
      paths.add("/api/v1/search?facets=true&q=*&filter=" + encoded(facet));
    }
    paths.add("/api/v1/documents?pageSize=3");
    for (String language : List.of("fr", "ar")) {
      paths.add("/" + language + "/");
      paths.add("/" + language + "/browse");
      paths.add("/" + language + "/provisional");
      paths.add("/api/v1/notifications.atom?lang=" + language);
      paths.add("/api/v1/notifications?lang=" + language);
    }
    for (CataloguedDocument document : documents) {
      for (String name : names(server, document)) {
        paths.add("/api/v1/search?facets=true&q=" + encoded(name));
        paths.add("/en/search?q=" + encoded(name));
        paths.add(UrlPaths.encode("/fr/" + name.replace('/', '_')));
      }
      for (String symbol : document.symbols()) {
        String page = UrlPaths.encode("/en/" + symbol);
        paths.add(page + "?version=fr");
        paths.add(page + "?version=en&with=fr");
        paths.add(UrlPaths.encode("/api/v1/documents/" + symbol + "/alignments/en/fr.tmx"));
        for (String format : List.of("json", "text", "akn", "original")) {
          paths.add(UrlPaths.encode("/api/v1/versions/en/" + symbol) + "?format=" + format);
        }
      }
    }
    return paths;
  }

  /**
   * The path's answers on both servers, and for a paged answer each next page, asked on both with
   * the cursor both gave.
   */
  private void assertAlikeWithPages(
      Reader reader, String path, Session seenSession, Session neverSession) {
    String pagePath = path;
    for (int page = 0; page < 10; page++) {
      HttpResponse<String> seen = seenSession.get(pagePath);
      HttpResponse<String> never = neverSession.get(pagePath);
      assertAlike(reader, path + " page " + page, seen, never);
      Matcher cursor = NEXT_CURSOR.matcher(seen.body());
      if (!cursor.find()) {
        return;
      }
      pagePath = path + "&cursor=" + encoded(cursor.group(1));
    }
  }

  /** The values a route's parameters take for a document. */
  private Map<String, List<String>> values(TestServer server, CataloguedDocument document) {
    Optional<CataloguedVersion> version =
        server.installation().catalogue().currentVersions(document.id()).stream().findFirst();
    List<String> items =
        version.map(v -> v.record().agendaItems()).orElse(List.of()).stream()
            .map(DocumentRecord.AgendaRef::number)
            .map(String::valueOf)
            .toList();
    Set<String> symbols = new LinkedHashSet<>(document.symbols());
    symbols.add(document.key());
    symbols.add("#" + document.id());
    String country = document.country() == null ? "FRA" : document.country();
    Map<String, List<String>> values = new HashMap<>();
    values.put("symbol", List.copyOf(symbols));
    values.put("key", List.of(document.key()));
    values.put("id", List.of(Long.toString(document.id())));
    values.put("lang", List.of(version.map(v -> v.language().code()).orElse("en")));
    values.put("language", List.of("fr"));
    values.put("version", List.of("fr"));
    values.put("a", List.of("en"));
    values.put("b", List.of("fr"));
    values.put(
        "body",
        List.of(
            Optional.ofNullable(document.body())
                .flatMap(Body::fromName)
                .map(Body::code)
                .orElse("HRC")));
    values.put(
        "session",
        List.of(document.sessionNumber() == null ? "1" : document.sessionNumber().toString()));
    values.put("item", items.isEmpty() ? List.of("1") : items);
    values.put("country", List.of(country));
    values.put("code", List.of(country));
    values.put("mission", List.of(document.mission() == null ? "FRA" : document.mission()));
    values.put("file", List.of("dossier.css"));
    values.put("account", List.of(NEVER_ACCOUNT));
    values.put("token", List.of(NEVER_ID));
    return values;
  }

  private static Map<String, List<String>> neverValues() {
    Map<String, List<String>> values = new HashMap<>();
    values.put("symbol", List.of(NEVER_SYMBOL, NEVER_KEY, "#" + NEVER_ID));
    values.put("key", List.of(NEVER_KEY));
    values.put("id", List.of(NEVER_ID));
    values.put("lang", List.of("en"));
    values.put("language", List.of("fr"));
    values.put("version", List.of("fr"));
    values.put("a", List.of("en"));
    values.put("b", List.of("fr"));
    values.put("body", List.of("HRC"));
    values.put("session", List.of("99"));
    values.put("item", List.of("1"));
    values.put("country", List.of("ZWE"));
    values.put("code", List.of("ZWE"));
    values.put("mission", List.of("ZWE"));
    values.put("file", List.of("dossier.css"));
    values.put("account", List.of(NEVER_ACCOUNT));
    values.put("token", List.of(NEVER_ID));
    return values;
  }

  /**
   * The route with each parameter filled by each of its values; a parameter this test has no value
   * for, or a route it cannot read, fails the test naming the route — a new route must be covered,
   * never skipped.
   */
  private static List<String> fill(RouteTable.Route route, Map<String, List<String>> values) {
    assertThat(route.method())
        .as("a route declared so that its method cannot be read: " + route)
        .isNotEqualTo(RecordingRules.UNKNOWN);
    String pattern =
        route.path().endsWith("/*")
            ? route.path().replace("/*", "/nowhere/{symbol}")
            : route.path();
    assertThat(pattern).as("a route this test cannot fill: " + route).doesNotContain("*");
    List<String> paths = new ArrayList<>(List.of(pattern));
    Matcher parameter = PARAMETER.matcher(pattern);
    while (parameter.find()) {
      String name = parameter.group(1);
      assertThat(values)
          .as("route " + route + " has a parameter {" + name + "} this test cannot fill")
          .containsKey(name);
      List<String> filled = new ArrayList<>();
      for (String path : paths) {
        for (String value : values.get(name)) {
          filled.add(path.replace(parameter.group(), value));
        }
      }
      paths = filled;
    }
    return paths.stream().map(UrlPaths::encode).toList();
  }

  private List<String> names(TestServer server, CataloguedDocument document) {
    List<String> names = new ArrayList<>(document.symbols());
    names.add(document.key());
    server.installation().catalogue().currentVersions(document.id()).stream()
        .map(CataloguedVersion::title)
        .filter(title -> title != null && !title.isBlank())
        .forEach(names::add);
    return names;
  }

  /**
   * What a write would change: the catalogue's changes and audit trail, the files, the accounts.
   */
  private static String state(TestServer server) {
    Installation installation = server.installation();
    return "changes="
        + installation.catalogue().lastChange()
        + " audit="
        + installation.circulation().auditTrail(Viewer.localAdministrator(), 0, 100_000).size()
        + " files="
        + installation.fileStore().hashes().count()
        + " accounts="
        + installation.catalogue().accounts().list();
  }

  private void assertAlike(
      Reader reader, String what, HttpResponse<String> seen, HttpResponse<String> never) {
    String label = reader + " " + what;
    assertNamesNoFolderOfTheServer(label, seen);
    String seenBody = masked(seen);
    String neverBody = masked(never);
    assertThat(seen.statusCode()).as(label + " → " + seen.body()).isEqualTo(never.statusCode());
    assertThat(seen.headers().firstValue("Content-Type"))
        .as(label)
        .isEqualTo(never.headers().firstValue("Content-Type"));
    assertThat(seenBody).as(label).isEqualTo(neverBody);
    if (seenBody.equals(seen.body())) {
      assertThat(seen.headers().firstValue("ETag"))
          .as(label)
          .isEqualTo(never.headers().firstValue("ETag"));
    }
    assertThat(seen.headers().firstValue("Location"))
        .as(label)
        .isEqualTo(never.headers().firstValue("Location"));
  }

  /**
   * Neither the body nor a header (a download's {@code Content-Disposition}) names the folder the
   * corpus was imported from or the data directory: they share the server's temporary directory.
   */
  private void assertNamesNoFolderOfTheServer(String label, HttpResponse<String> answer) {
    for (TestServer server : servers.values()) {
      String folder = server.corpus().getParent().toString();
      assertThat(answer.body()).as(label).doesNotContain(folder);
      answer
          .headers()
          .map()
          .forEach((name, values) ->
              assertThat(values).as(label + " " + name).noneMatch(value -> value.contains(folder)));
    }
  }

  private static String masked(HttpResponse<String> answer) {
    String body = answer.body();
    String origin = answer.uri().getScheme() + "://" + answer.uri().getAuthority();
    body = body.replace(origin, "SERVER");
    String csrf = answer.request().headers().firstValue("X-Test-Csrf").orElse(null);
    if (csrf != null && !csrf.isEmpty()) {
      body = body.replace(csrf, "CSRF-TOKEN");
    }
    body = CSRF_FIELD.matcher(body).replaceAll("name=\"csrf\" value=\"CSRF-TOKEN\"");
    return INSTANT.matcher(body).replaceAll("INSTANT");
  }

  private List<String> validators(Session session, List<String> paths) {
    List<String> validators = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> answer = session.get(path);
      validators.add(
          path
              + " ETag="
              + answer.headers().firstValue("ETag").orElse("none")
              + " Last-Modified="
              + answer.headers().firstValue("Last-Modified").orElse("none"));
    }
    return validators;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * A role's requests to one server: signed in through the form (the anonymous reader sends no
   * cookie). Each request names the session's CSRF token in a header of its own, unknown to the
   * server, so that the comparison can mask it.
   */
  private record Session(TestServer server, TestServer.SignedIn signedIn) {
    static Session of(TestServer server, Reader reader) {
      return new Session(
          server,
          reader.account == null ? null : server.signIn(reader.account, "pw-" + reader.account));
    }

    HttpResponse<String> get(String path) {
      return TestServer.send(request(path).GET().build());
    }

    /** A write as a browser or API client with this session would send it, CSRF token included. */
    HttpResponse<String> post(String method, String path) {
      String csrf = signedIn == null ? "" : signedIn.csrf();
      return TestServer.send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-CSRF-Token", csrf)
              .method(method, HttpRequest.BodyPublishers.ofString("csrf=" + encoded(csrf)))
              .build());
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
      if (signedIn != null) {
        request.header("Cookie", signedIn.cookie()).header("X-Test-Csrf", signedIn.csrf());
      }
      return request;
    }
  }
}
