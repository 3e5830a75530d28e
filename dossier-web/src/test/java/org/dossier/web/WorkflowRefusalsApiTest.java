package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.AccessControl.TokenScope;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
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
import org.dossier.model.Language;
import org.dossier.web.api.RouteTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the workflow's routes refuse, and that a refusal stores nothing: every write route (taken
 * from the routing table) without credentials, with a READ token, with a session cookie but no or a
 * wrong CSRF header; an action the role may not take on a document it sees (403 naming it); a
 * document it may not see (the same bytes as a missing id and a missing symbol); an upload over the
 * limit, a malformed one, an unreadable file; a translator's language it is not scoped to; a
 * delegate submitting for another State.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowRefusalsApiTest {
  private static final long LIMIT = 200_000;
  private static final Pattern SESSION_COOKIE = Pattern.compile("dossier_session=([^;]+)");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private TestServer server;
  private Writers writers;
  private GeneratedDocument note;
  private String france;
  private String franceReadOnly;
  private String registrar;
  private String translatorFr;
  private String administrator;
  private long frenchSubmission;
  private long germanSubmission;
  private String inTranslation;

  @BeforeAll
  void start() {
    server = TestServer.start(2, new WebSettings("127.0.0.1", 0, LIMIT));
    writers = new Writers(server);
    france = writers.account("delegate.fra", Role.DELEGATE, "FRA", Set.of(), TokenScope.WRITE);
    franceReadOnly = writers.token("delegate.fra", TokenScope.READ);
    writers.account("delegate.deu", Role.DELEGATE, "DEU", Set.of(), TokenScope.WRITE);
    registrar = writers.account("registrar", Role.REGISTRAR, null, Set.of(), TokenScope.WRITE);
    translatorFr =
        writers.account(
            "translator.fr", Role.TRANSLATOR, null, Set.of(Language.FR), TokenScope.WRITE);
    administrator = writers.account("admin", Role.ADMINISTRATOR, null, Set.of(), TokenScope.WRITE);
    note = new CorpusGenerator(7).documents(5).toList().get(4);
    Circulation circulation = server.installation().circulation();
    frenchSubmission = circulation.submit(Viewer.delegate("delegate.fra", "FRA"), form("FRA"));
    germanSubmission = circulation.submit(Viewer.delegate("delegate.deu", "DEU"), form("DEU"));
    long registered = circulation.submit(Viewer.delegate("delegate.fra", "FRA"), form("FRA"));
    inTranslation =
        circulation
            .register(
                Viewer.registrar("registrar"),
                registered,
                new Registration(
                    SymbolSeries.GOVERNMENT_COMMUNICATION,
                    null,
                    LocalDate.of(2018, 3, 5),
                    Language.EN,
                    Distribution.GENERAL))
            .symbol();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void everyWriteRouteWantsAWriteTokenOrASessionWithItsCsrfHeader() {
    String session = signIn("delegate.fra");
    String csrf = csrfOf(session);
    Stored before = stored();
    List<String> writes = writeRoutes("submission:" + frenchSubmission);
    assertThat(writes).hasSize(11);
    for (String path : writes) {
      Multipart body = new Multipart().field("reason", "none");
      HttpResponse<String> anonymous = writers.postMultipart(path, null, body);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(detail(anonymous))
          .isEqualTo(
              "Writing needs a WRITE-scope API token (Authorization: Bearer dossier_…) or a"
                  + " signed-in session with its CSRF token in the X-CSRF-Token header.");

      HttpResponse<String> readOnly = writers.postMultipart(path, franceReadOnly, body);
      assertThat(readOnly.statusCode()).as(path).isEqualTo(403);
      assertThat(detail(readOnly)).as(path).contains("READ scope");

      for (String header : List.of("", "forged-" + csrf)) {
        HttpRequest.Builder request =
            writers.request(path).header("Cookie", "dossier_session=" + session);
        if (!header.isEmpty()) {
          request.header("X-CSRF-Token", header);
        }
        HttpResponse<String> cookieOnly = TestServer.send(body.post(request).build());
        assertThat(cookieOnly.statusCode()).as(path + " " + header).isEqualTo(403);
        assertThat(detail(cookieOnly)).contains("X-CSRF-Token header is missing or is not");
      }
    }
    assertThat(stored()).isEqualTo(before);

    // The same session with its CSRF header writes.
    HttpResponse<String> withCsrf =
        TestServer.send(
            submission(Language.EN)
                .post(
                    writers
                        .request("/api/v1/submissions")
                        .header("Cookie", "dossier_session=" + session)
                        .header("X-CSRF-Token", csrf))
                .build());
    assertThat(withCsrf.statusCode()).as(withCsrf.body()).isEqualTo(201);
    assertThat(Writers.json(withCsrf).path("mission").asText()).isEqualTo("FRA");
  }

  @Test
  void anActionTheRoleMayNotTakeOnAVisibleDocumentIsA403NamingIt() {
    Stored before = stored();
    String own = "/api/v1/documents/submission:" + frenchSubmission;
    assertRefused(
        writers.postJson(own + "/registration", france, "{\"mastheadDate\": \"2018-03-05\"}"),
        403,
        "delegate.fra (delegate) may not register");
    assertRefused(writers.postJson(own + "/publish", france, ""), 403, "may not publish");
    assertRefused(
        writers.postJson(
            "/api/v1/documents/" + inTranslation + "/versions/fr/issue",
            translatorFr,
            "{\"date\": \"2018-03-05\", \"jobNumber\": \"GE.18-1\"}"),
        403,
        "translator.fr (translator) may not issue");
    assertRefused(writers.get("/api/v1/queue", france), 403, "delegate.fra (delegate) may not");
    assertRefused(
        writers.get("/api/v1/submissions", translatorFr),
        403,
        "translator.fr follows no mission's submissions");
    assertRefused(
        writers.get("/api/v1/audit", registrar), 403, "registrar (registrar) may not read");
    assertThat(stored()).isEqualTo(before);
    HttpResponse<String> audit = writers.get("/api/v1/audit", administrator);
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(Writers.json(audit).path("entries").findValuesAsText("action")).contains("submit");
  }

  @Test
  void aHiddenDocumentAnswersByteForByteAsAMissingIdAndAMissingSymbol() {
    Stored before = stored();
    List<String> names =
        List.of(
            Long.toString(germanSubmission),
            "submission:" + germanSubmission,
            "999999",
            "submission:999999",
            "A/HRC/99/G/99");
    List<String> routes = new ArrayList<>();
    for (RouteTable.Route route : server.server().apiRoutes().routes()) {
      if (route.path().contains("{+symbol}")
          && (route.method().equals("POST") || route.path().endsWith("/tasks"))) {
        routes.add(route.method() + " " + route.path());
      }
    }
    assertThat(routes).hasSize(10);
    for (String route : routes) {
      List<String> answers = new ArrayList<>();
      for (String name : names) {
        String path = route.substring(route.indexOf(' ') + 1).replace("{+symbol}", name);
        path = path.replace("{lang}", "en");
        HttpResponse<String> answer =
            route.startsWith("GET")
                ? writers.get(path, france)
                : writers.postMultipart(path, france, submission(Language.EN));
        assertThat(answer.statusCode()).as(route + " " + name).isEqualTo(404);
        answers.add(answer.headers().firstValue("Content-Type").orElse("") + answer.body());
      }
      assertThat(answers).as(route).containsOnly(answers.getFirst());
      assertThat(answers.getFirst()).doesNotContain("submission:").doesNotContain("DEU");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anUploadOverTheLimitIs413AndStoresNothing() {
    Stored before = stored();
    byte[] large = new byte[(int) LIMIT + 1];
    Arrays.fill(large, (byte) 'a');
    HttpResponse<String> answer =
        writers.postMultipart(
            "/api/v1/submissions",
            france,
            new Multipart().field("session", "37").file("file", "large.txt", large));

    assertThat(answer.statusCode()).isEqualTo(413);
    JsonNode problem = Writers.json(answer);
    assertThat(problem.path("detail").asText())
        .startsWith(
            "The upload is larger than the limit of 200000 bytes (setting web.max-upload-bytes)");
    assertThat(problem.path("setting").asText()).isEqualTo("web.max-upload-bytes");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aMalformedUploadOrAnUnreadableFileIsA400NamingItAndStoresNothing() {
    Stored before = stored();
    HttpResponse<String> notMultipart =
        writers.postJson("/api/v1/submissions", france, "{\"session\": 37}");
    assertRefused(notMultipart, 400, "Expected a multipart/form-data request");

    byte[] cut = Arrays.copyOf(submission(Language.EN).bytes(), 300);
    HttpResponse<String> truncated =
        TestServer.send(
            writers
                .request("/api/v1/submissions")
                .header("Authorization", "Bearer " + france)
                .header("Content-Type", new Multipart().contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(cut))
                .build());
    assertRefused(truncated, 400, "The request is not well-formed multipart/form-data");

    HttpResponse<String> unreadable =
        writers.postMultipart(
            "/api/v1/submissions",
            france,
            new Multipart().field("session", "37").file("file", "note.docx", new byte[0]));
    assertRefused(unreadable, 400, "note.docx");
    assertThat(detail(unreadable)).startsWith("note.docx");
    assertThat(Writers.json(unreadable).path("file").asText()).isEqualTo("note.docx");

    HttpResponse<String> noSession =
        writers.postMultipart(
            "/api/v1/submissions",
            france,
            new Multipart()
                .field("session", "thirty")
                .file(
                    "file",
                    note.version(Language.EN).fileName(Format.TXT),
                    note.version(Language.EN).render(Format.TXT)));
    assertRefused(noSession, 400, "session: expected a whole number from 1 to 10000, got 'thirty'");
    assertThat(Writers.json(noSession).path("field").asText()).isEqualTo("session");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aTranslatorMayNotTranslateALanguageItIsNotScopedTo() {
    Stored before = stored();
    String document = "/api/v1/documents/" + inTranslation;
    assertRefused(
        writers.postMultipart(
            document + "/translations",
            translatorFr,
            new Multipart()
                .file(
                    "file",
                    note.version(Language.RU).fileName(Format.TXT),
                    note.version(Language.RU).render(Format.TXT))),
        403,
        "translator.fr (translator) may not translate in ru");
    assertRefused(
        writers.postJson(document + "/tasks/ru/start", translatorFr, ""),
        403,
        "translator.fr (translator) may not translate in ru");
    assertThat(stored()).isEqualTo(before);
    HttpResponse<String> own = writers.postJson(document + "/tasks/fr/start", translatorFr, "");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void aDelegateMayNotSubmitForAnotherState() {
    Stored before = stored();
    assertRefused(
        writers.postMultipart(
            "/api/v1/submissions", france, submission(Language.EN).field("mission", "DEU")),
        403,
        "delegate.fra acts for FRA and may not submit for DEU");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aDelegateSeesItsOwnSubmissionsOnlyAndTheRegistrarEveryMissions() {
    List<String> french =
        Writers.json(writers.get("/api/v1/submissions", france))
            .path("submissions")
            .findValuesAsText("mission");
    assertThat(french).isNotEmpty().containsOnly("FRA");
    List<String> all =
        Writers.json(writers.get("/api/v1/submissions", registrar))
            .path("submissions")
            .findValuesAsText("mission");
    assertThat(all).contains("FRA", "DEU");
  }

  /** What a refusal must leave as it was: documents, stored files, audit entries. */
  private record Stored(long documents, long files, int auditEntries) {}

  private Stored stored() {
    Installation installation = server.installation();
    return new Stored(
        installation.catalogue().counts().documents(),
        installation.fileStore().hashes().count(),
        installation.catalogue().workflow().auditTrail(0, 100_000).size());
  }

  private List<String> writeRoutes(String document) {
    List<String> paths = new ArrayList<>();
    for (RouteTable.Route route : server.server().apiRoutes().routes()) {
      if (route.method().equals("POST") && !route.path().startsWith("/api/v1/admin/")) {
        paths.add(route.path().replace("{+symbol}", document).replace("{lang}", "fr"));
      }
    }
    return paths;
  }

  private static void assertRefused(HttpResponse<String> answer, int status, String detail) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json; charset=UTF-8");
    assertThat(detail(answer)).contains(detail);
  }

  private static String detail(HttpResponse<String> answer) {
    return Writers.json(answer).path("detail").asText();
  }

  private Multipart submission(Language language) {
    return new Multipart()
        .field("session", "37")
        .field("agendaItem", "4")
        .file(
            "file",
            note.version(language).fileName(Format.TXT),
            note.version(language).render(Format.TXT));
  }

  private Circulation.SubmissionForm form(String mission) {
    return new Circulation.SubmissionForm(
        mission,
        Body.HUMAN_RIGHTS_COUNCIL,
        37,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        List.of(
            new Circulation.Upload(
                note.version(Language.EN).fileName(Format.TXT),
                note.version(Language.EN).render(Format.TXT))));
  }

  private String signIn(String name) {
    return server.signIn(name, "pw-" + name).session();
  }

  private String csrfOf(String session) {
    String page = server.get("/en/login", "Cookie", "dossier_session=" + session).body();
    Matcher csrf = CSRF.matcher(page);
    assertThat(csrf.find())
        .as("the signed-in page carries the session's CSRF token " + session + page)
        .isTrue();
    return csrf.group(1);
  }
}
