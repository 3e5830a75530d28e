package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AuditEntry;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.catalogue.TranslationTask;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.Circulation;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.web.Multipart;
import org.dossier.web.TestServer;
import org.dossier.web.WebSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The workflow's pages over HTTP, against the demo's accounts ({@code demo-<name>}) and documents:
 * each role's navigation and pages, the sign-in page for the anonymous and a 403 for a role without
 * the right, a form without its CSRF token refused with nothing changed, a hidden document answered
 * exactly as a missing one, and a form's errors shown beside the fields they name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowPagesTest {
  private static final Pattern SESSION = Pattern.compile("dossier_session=([^;]+)");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private static final long UPLOAD_LIMIT = 200_000;

  private TestServer server;

  /** Azerbaijan's submission the demo leaves waiting for the registrar. */
  private CataloguedDocument waiting;

  @BeforeAll
  void start() {
    // A small upload limit, to try a file over it.
    server = TestServer.start(4, new WebSettings("127.0.0.1", 0, UPLOAD_LIMIT));
    DemoWorkflow.prepare(server.installation());
    waiting =
        server.installation().catalogue().documents(DocumentFilter.ALL, 0, 1000).stream()
            .filter(document -> document.state() == DocumentState.SUBMITTED)
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void theNavigationShowsEachRoleWhatItMayDoAndTheAnonymousNothing() {
    assertThat(server.get("/en/").body()).doesNotContain("class=\"work-nav\"");

    String delegate = page("/en/", signIn("delegate.fra"));
    assertThat(workNav(delegate))
        .containsExactly("My submissions", "Submit a document", "My account");
    assertThat(delegate).contains("Account: delegate.fra");
    assertThat(workNav(page("/en/", signIn("registrar"))))
        .containsExactly("Registration queue", "Translation tasks", "My account");
    assertThat(workNav(page("/en/", signIn("translator"))))
        .containsExactly("Translation tasks", "My account");
    assertThat(workNav(page("/fr/", signIn("admin"))))
        .containsExactly(
            "Mes soumissions",
            "Soumettre un document",
            "Documents à enregistrer",
            "Tâches de traduction",
            "Journal d'audit",
            "Comptes",
            "Mon compte");
  }

  @Test
  void theAnonymousAreSentToSignInAndARoleWithoutTheRightGetsA403() {
    for (String path : List.of("/en/queue", "/en/tasks", "/en/audit", "/en/submit")) {
      HttpResponse<String> anonymous = server.get(path);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(303);
      assertThat(anonymous.headers().firstValue("Location"))
          .hasValue("/en/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
    String translator = signIn("translator");
    for (String path : List.of("/en/queue", "/en/audit", "/en/submit")) {
      HttpResponse<String> refused = get(path, translator);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).contains("<h1>Not allowed</h1>");
    }
    HttpResponse<String> french = get("/fr/queue", signIn("delegate.fra"));
    assertThat(french.statusCode()).isEqualTo(403);
    assertThat(french.body()).contains("<h1>Action non autorisée</h1>");
  }

  @Test
  void theRegistrarsQueueOffersToRegisterOrReturnEachSubmissionWithTheSessionsToken() {
    String registrar = signIn("registrar");
    String queue = page("/en/queue", registrar);
    assertThat(queue)
        .contains("<h1>Registration queue</h1>")
        .contains(waiting.key())
        .contains("action=\"/en/documents/" + waiting.id() + "/register\"")
        .contains("action=\"/en/documents/" + waiting.id() + "/return\"")
        .contains("Azerbaijan");
    Matcher token = CSRF.matcher(queue);
    assertThat(token.find()).isTrue();
    assertThat(token.group(1)).isEqualTo(csrf(registrar));
  }

  @Test
  void aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
    String registrar = signIn("registrar");
    int audited = auditTrail().size();
    String register =
        "series=GOVERNMENT_COMMUNICATION&date=2020-03-04&original=en&distribution=General";
    for (String token : List.of("", "&csrf=", "&csrf=forged-token-0123456789")) {
      HttpResponse<String> refused =
          post("/en/documents/" + waiting.id() + "/register", register + token, registrar);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("did not carry this session's security token");
    }
    assertThat(state(waiting)).isEqualTo(DocumentState.SUBMITTED);
    assertThat(auditTrail()).hasSize(audited);
  }

  @Test
  void aHiddenDocumentGetsTheSame404AsAMissingOne() {
    // A translator may start French translations but sees no submission before registration.
    String translator = signIn("translator");
    String token = "csrf=" + csrf(translator);
    HttpResponse<String> hidden =
        post("/en/documents/" + waiting.id() + "/tasks/fr/start", token, translator);
    HttpResponse<String> missing = post("/en/documents/99999/tasks/fr/start", token, translator);

    assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
    assertThat(hidden.body())
        .contains("No document has the symbol #" + waiting.id())
        .isEqualTo(missing.body().replace("99999", Long.toString(waiting.id())));
    assertThat(state(waiting)).isEqualTo(DocumentState.SUBMITTED);
  }

  @Test
  void aFormsErrorsAreShownBesideTheFieldsTheyNameAndNothingIsStored() {
    String registrar = signIn("registrar");
    int audited = auditTrail().size();
    HttpResponse<String> refused =
        post(
            "/en/documents/" + waiting.id() + "/register",
            "series=GOVERNMENT_COMMUNICATION&base=A%2FHRC%2F43%2F1&date=2020-13-45&original=xx"
                + "&distribution=General&csrf="
                + csrf(registrar),
            registrar);

    assertThat(refused.statusCode()).isEqualTo(400);
    String form = "register-" + waiting.id();
    assertThat(refused.body())
        .contains(
            "<span class=\"field-error\" id=\""
                + form
                + "-date-error\" role=\"alert\">Expected a date such as 2020-03-02, got"
                + " 2020-13-45.</span>")
        .contains(
            "id=\""
                + form
                + "-base-error\" role=\"alert\">This series takes no base symbol: leave the field"
                + " empty.</span>")
        .contains("id=\"" + form + "-original-error\" role=\"alert\">Choose one of the values")
        .contains("aria-describedby=\"" + form + "-date-error\"")
        .contains("value=\"2020-13-45\"");
    assertThat(state(waiting)).isEqualTo(DocumentState.SUBMITTED);
    assertThat(auditTrail()).hasSize(audited);
  }

  @Test
  void theAdministratorReadsTheAuditTrailPaged() {
    String admin = signIn("admin");
    String trail = page("/en/audit", admin);
    assertThat(trail)
        .contains("<h1>Audit trail</h1>")
        .contains("<td dir=\"ltr\">delegate.fra</td><td dir=\"ltr\" lang=\"en\">submit</td>")
        .contains("<td dir=\"ltr\" lang=\"en\">account.create</td>");
    long first = auditTrail().getFirst().seq();
    assertThat(page("/en/audit?after=" + first, admin))
        .doesNotContain("<tr><td>" + first + "</td>")
        .contains("<tr><td>" + (first + 1) + "</td>");
    assertThat(get("/en/audit?after=x", admin).statusCode()).isEqualTo(400);
  }

  @Test
  void aDelegateUploadsSeesTheFormFilledInFromTheFileSubmitsAndFollowsIt() {
    String delegate = signIn("delegate.fra");
    String token = csrf(delegate);
    GeneratedDocument note = new CorpusGenerator(1818).documents(1).toList().getFirst();
    DocumentRecord truth = note.version(Language.EN).truth();
    assertThat(page("/en/submit", delegate))
        .contains(
            "<form method=\"post\" action=\"/en/submit\" class=\"work-form\" id=\"prefill\""
                + " enctype=\"multipart/form-data\"");

    HttpResponse<String> read =
        upload(
            "/en/submit",
            delegate,
            new Multipart()
                .field("csrf", token)
                .file("file", name(note, Language.EN), bytes(note, Language.EN)));
    assertThat(read.statusCode()).isEqualTo(303);
    assertThat(read.headers().firstValue("Location")).hasValue("/en/submit");

    String form = page("/en/submit", delegate);
    // What the generator wrote into the file, read back by the understanding module.
    assertThat(form)
        .contains("name=\"session\" type=\"number\" value=\"" + truth.session().number() + "\"")
        .contains(
            "<option value=\"" + Body.fromName(truth.body()).orElseThrow().name() + "\" selected>")
        .contains("<option value=\"" + truth.docType().id() + "\" selected>")
        .contains("<dt>Language</dt><dd lang=\"en\" dir=\"ltr\">English</dd>")
        .contains("<dt>Title</dt>")
        .doesNotContain("name=\"mission\"");

    long before = server.installation().catalogue().counts().documents();
    HttpResponse<String> sent =
        upload(
            "/en/submissions",
            delegate,
            new Multipart()
                .field("csrf", token)
                .field("body", "HUMAN_RIGHTS_COUNCIL")
                .field("session", "43")
                .field("agenda", "4, 7")
                .field("type", "note-verbale")
                .field("distribution", "General")
                .field("series", "GOVERNMENT_COMMUNICATION")
                .field("base", "")
                .file("files", name(note, Language.FR), bytes(note, Language.FR)));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location")).hasValue("/en/submissions");
    assertThat(server.installation().catalogue().counts().documents()).isEqualTo(before + 1);
    CataloguedDocument submitted =
        server
            .installation()
            .circulation()
            .submissionsOf(Viewer.delegate("delegate.fra", "FRA"), Long.MAX_VALUE, 1)
            .getFirst()
            .document();
    assertThat(submitted.languages()).containsExactlyInAnyOrder(Language.EN, Language.FR);
    assertThat(submitted.sessionNumber()).isEqualTo(43);

    String mine = page("/en/submissions", delegate);
    assertThat(mine)
        .contains(submitted.key())
        .contains("<td class=\"state\" data-label=\"State\">Submitted, waiting for registration")
        .contains(submitted.key() + " received; it waits for registration.")
        .contains("href=\"/api/v1/notifications.atom\"");
    assertThat(page("/en/submissions", signIn("delegate.aze"))).doesNotContain(submitted.key());
  }

  @Test
  void anUploadWithoutTheTokenOrThatCannotBeReadChangesNothingAndSaysWhyBesideTheField() {
    String delegate = signIn("delegate.fra");
    long before = server.installation().catalogue().counts().documents();
    GeneratedDocument note = new CorpusGenerator(1819).documents(1).toList().getFirst();

    HttpResponse<String> noToken =
        upload(
            "/en/submit",
            delegate,
            new Multipart().file("file", "n.txt", bytes(note, Language.EN)));
    assertThat(noToken.statusCode()).isEqualTo(403);

    long files = storedFiles();
    HttpResponse<String> oversized =
        upload(
            "/en/submit",
            delegate,
            new Multipart()
                .field("csrf", csrf(delegate))
                .file("file", "big.txt", new byte[(int) UPLOAD_LIMIT + 1]));
    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(oversized.body())
        .containsPattern("id=\"prefill-file-error\" role=\"alert\">[^<]*200000[^<]*</span>");
    assertThat(storedFiles()).isEqualTo(files);

    HttpResponse<String> blank =
        upload(
            "/en/submit",
            delegate,
            new Multipart().field("csrf", csrf(delegate)).file("file", "blank.txt", new byte[0]));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body())
        .containsPattern("id=\"prefill-file-error\" role=\"alert\">blank.txt[^<]+</span>");

    HttpResponse<String> noDraft =
        upload(
            "/en/submissions",
            signIn("delegate.fra"),
            new Multipart().field("csrf", "x").field("session", "43"));
    assertThat(noDraft.statusCode()).as("a wrong token first").isEqualTo(403);
    String fresh = signIn("delegate.fra");
    HttpResponse<String> again =
        upload("/en/submissions", fresh, new Multipart().field("csrf", csrf(fresh)));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("Upload the file again");
    assertThat(server.installation().catalogue().counts().documents()).isEqualTo(before);
  }

  @Test
  void theRegistrarRegistersOrReturnsAndTheMissionSeesTheSymbolOrTheReason() {
    var circulation = server.installation().circulation();
    var france = Viewer.delegate("delegate.fra", "FRA");
    GeneratedDocument[] notes =
        new CorpusGenerator(1820).documents(2).toArray(GeneratedDocument[]::new);
    long accepted = circulation.submit(france, submission(notes[0]));
    long returned = circulation.submit(france, submission(notes[1]));
    String registrar = signIn("registrar");
    String token = csrf(registrar);

    HttpResponse<String> registered =
        post(
            "/en/documents/" + accepted + "/register",
            "series=GOVERNMENT_COMMUNICATION&base=&date=2020-03-04&original=en&distribution=General&csrf="
                + token,
            registrar);
    assertThat(registered.statusCode()).isEqualTo(303);
    String symbol = server.installation().catalogue().document(accepted).orElseThrow().symbol();
    assertThat(symbol).matches("A/HRC/43/G/\\d+");
    assertThat(registered.headers().firstValue("Location")).hasValue("/en/" + symbol);
    String documentPage = page("/en/" + symbol, registrar);
    assertThat(documentPage)
        .contains("<h2 id=\"secretariat-heading\">Secretariat</h2>")
        .contains("<strong class=\"doc-state\">In translation</strong>")
        .contains("action=\"/en/documents/" + accepted + "/versions/en/issue\"")
        .doesNotContain("/versions/fr/issue");
    assertThat(page("/en/" + symbol, signIn("translator"))).doesNotContain("secretariat-heading");

    HttpResponse<String> back =
        post(
            "/en/documents/" + returned + "/return",
            "reason="
                + URLEncoder.encode(
                    "Not under an agenda item of the session", StandardCharsets.UTF_8)
                + "&csrf="
                + token,
            registrar);
    assertThat(back.statusCode()).isEqualTo(303);
    assertThat(back.headers().firstValue("Location")).hasValue("/en/queue");

    String mine = page("/en/submissions", signIn("delegate.fra"));
    assertThat(mine)
        .contains(
            "<td class=\"symbol\" data-label=\"Symbol\"><span dir=\"ltr\">"
                + symbol
                + "</span></td>")
        .contains("Returned: Not under an agenda item of the session");
  }

  @Test
  void aTranslatorWorksInItsLanguagesOnlyAndMarksAnAnnexAsReproducedInTheOriginal() {
    Circulation circulation = server.installation().circulation();
    GeneratedDocument note = new CorpusGenerator(1822).documents(1).toList().getFirst();
    long id = circulation.submit(Viewer.delegate("delegate.fra", "FRA"), submission(note));
    circulation.register(
        Viewer.registrar("registrar"),
        id,
        new Registration(
            SymbolSeries.GOVERNMENT_COMMUNICATION,
            null,
            LocalDate.of(2020, 3, 4),
            Language.EN,
            Distribution.GENERAL));
    // The demo's translator works in French and Spanish.
    String translator = signIn("translator");
    String token = "csrf=" + csrf(translator);
    String tasks = page("/en/tasks", translator);
    assertThat(tasks)
        .contains("action=\"/en/documents/" + id + "/tasks/fr/start\"")
        .contains("action=\"/en/documents/" + id + "/tasks/es/start\"")
        .doesNotContain("/documents/" + id + "/tasks/ru/start");

    HttpResponse<String> russian =
        post("/en/documents/" + id + "/tasks/ru/start", token, translator);
    assertThat(russian.statusCode()).isEqualTo(403);
    HttpResponse<String> started =
        post("/en/documents/" + id + "/tasks/fr/start", token, translator);
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(started.headers().firstValue("Location")).hasValue("/en/tasks");

    HttpResponse<String> russianFile =
        upload(
            "/en/documents/" + id + "/translations",
            translator,
            new Multipart()
                .field("csrf", csrf(translator))
                .file("file", name(note, Language.RU), bytes(note, Language.RU)));
    assertThat(russianFile.statusCode())
        .as("a Russian file from a French and Spanish translator")
        .isEqualTo(403);
    long files = server.installation().fileStore().hashes().count();
    HttpResponse<String> empty =
        upload(
            "/en/documents/" + id + "/translations",
            translator,
            new Multipart()
                .field("csrf", csrf(translator))
                .file("file", "empty-fr.txt", new byte[0]));
    assertThat(empty.statusCode())
        .as("an empty file is answered on the form, beside the file field")
        .isEqualTo(400);
    assertThat(empty.body()).contains("empty-fr.txt").contains("name=\"file\"");
    assertThat(server.installation().fileStore().hashes().count()).isEqualTo(files);
    HttpResponse<String> french =
        upload(
            "/en/documents/" + id + "/translations",
            translator,
            new Multipart()
                .field("csrf", csrf(translator))
                .file("file", name(note, Language.FR), bytes(note, Language.FR)));
    assertThat(french.statusCode()).isEqualTo(303);
    assertThat(page("/en/tasks", translator))
        .contains("action=\"/en/documents/" + id + "/tasks/fr/original-only\"");
    assertThat(
            post("/en/documents/" + id + "/tasks/fr/original-only", token, translator).statusCode())
        .isEqualTo(303);
    assertThat(circulation.tasks(Viewer.registrar("registrar"), id))
        .filteredOn(task -> task.language() == Language.FR)
        .singleElement()
        .satisfies(task -> {
          assertThat(task.status()).isEqualTo(TranslationTask.Status.DONE);
          assertThat(task.annexOriginalOnly()).isTrue();
        });
  }

  @Test
  void theSecretariatIssuesACorrigendumOfAPublishedDocumentFromItsPage() {
    CataloguedDocument limited =
        server.installation().catalogue().documents(DocumentFilter.ALL, 0, 1000).stream()
            .filter(document -> document.state() == DocumentState.PUBLISHED)
            .filter(document -> document.distribution() == Distribution.LIMITED)
            .findFirst()
            .orElseThrow();
    String registrar = signIn("registrar");
    String token = csrf(registrar);
    assertThat(page(DocumentPage.href(Language.EN, limited.key()), registrar))
        .contains("action=\"/en/documents/" + limited.id() + "/family\"")
        .contains("action=\"/en/documents/" + limited.id() + "/withdraw\"");
    GeneratedDocument note = new CorpusGenerator(1821).documents(1).toList().getFirst();

    HttpResponse<String> malformed =
        TestServer.send(
            HttpRequest.newBuilder(server.uri("/en/documents/" + limited.id() + "/family"))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", "dossier_session=" + registrar)
                .header("Content-Type", "multipart/form-data; boundary=nothing-like-it")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--nothing-like-it\r\nContent-Disposition: form-data; name=\"files\";"
                            + " filename=\"corr.txt\"\r\n\r\nno closing boundary"))
                .build());
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("id=\"family-" + limited.id() + "-files-error\"");

    HttpResponse<String> issued =
        upload(
            "/en/documents/" + limited.id() + "/family",
            registrar,
            new Multipart()
                .field("csrf", token)
                .field("series", "CORRIGENDUM")
                .field("date", "2020-03-09")
                .file("files", name(note, Language.EN), bytes(note, Language.EN)));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(303);
    assertThat(issued.headers().firstValue("Location"))
        .hasValue(DocumentPage.href(Language.EN, limited.symbol() + "/Corr.1"));
    assertThat(
            server
                .installation()
                .catalogue()
                .find(limited.symbol() + "/Corr.1")
                .orElseThrow()
                .state())
        .isEqualTo(DocumentState.IN_TRANSLATION);
  }

  private static Circulation.SubmissionForm submission(GeneratedDocument note) {
    return new Circulation.SubmissionForm(
        "FRA",
        Body.HUMAN_RIGHTS_COUNCIL,
        43,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        List.of(new Circulation.Upload(name(note, Language.EN), bytes(note, Language.EN))));
  }

  private static String name(GeneratedDocument note, Language language) {
    return note.version(language).fileName(Format.TXT);
  }

  private static byte[] bytes(GeneratedDocument note, Language language) {
    return note.version(language).render(Format.TXT);
  }

  private HttpResponse<String> upload(String path, String session, Multipart form) {
    return TestServer.send(
        form.post(
                HttpRequest.newBuilder(server.uri(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Cookie", "dossier_session=" + session))
            .build());
  }

  private long storedFiles() {
    try (var hashes = server.installation().fileStore().hashes()) {
      return hashes.count();
    }
  }

  private List<AuditEntry> auditTrail() {
    return server.installation().catalogue().workflow().auditTrail(0, 100_000);
  }

  private DocumentState state(CataloguedDocument document) {
    return server.installation().catalogue().document(document.id()).orElseThrow().state();
  }

  private static List<String> workNav(String html) {
    Matcher nav = Pattern.compile("<nav class=\"work-nav\".*?</nav>", Pattern.DOTALL).matcher(html);
    if (!nav.find()) {
      return List.of();
    }
    return Pattern.compile("<a href=\"[^\"]+\">([^<]+)</a>")
        .matcher(nav.group())
        .results()
        .map(link -> link.group(1))
        .toList();
  }

  @Test
  void afterSigningInTheReaderLandsOnThePageItAskedFor() {
    HttpResponse<String> sent = server.get("/fr/submissions?before=99");
    String login = sent.headers().firstValue("Location").orElseThrow();
    assertThat(login).isEqualTo("/fr/login?next=%2Ffr%2Fsubmissions%3Fbefore%3D99");

    HttpResponse<String> landed = signInFrom(login, "delegate.fra", null);

    assertThat(landed.statusCode()).isEqualTo(303);
    assertThat(landed.headers().firstValue("Location")).hasValue("/fr/submissions?before=99");
    assertThat(signInFrom("/fr/login", "delegate.fra", null).headers().firstValue("Location"))
        .as("without next: home")
        .hasValue("/fr/");
  }

  @Test
  void theSignInNeverSendsTheReaderToAnotherSite() {
    for (String elsewhere :
        List.of(
            "https://evil.example/",
            "//evil.example/en/queue",
            "/\\evil.example/",
            "\\\\evil.example",
            "javascript:alert(1)",
            "/\t/evil.example",
            "evil.example/en/queue",
            "")) {
      String login = "/en/login?next=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8);
      assertThat(server.get(login).body()).as(elsewhere).doesNotContain("name=\"next\"");
      assertThat(signInFrom(login, "registrar", null).headers().firstValue("Location"))
          .as("asked by the query: " + elsewhere)
          .hasValue("/en/");
      assertThat(signInFrom("/en/login", "registrar", elsewhere).headers().firstValue("Location"))
          .as("posted in the form: " + elsewhere)
          .hasValue("/en/");
    }
  }

  /**
   * Signs {@code account} in through the form at {@code login}, sending the form's own {@code next}
   * field, or {@code forcedNext} instead when given; the answer to the sign-in.
   */
  private HttpResponse<String> signInFrom(String login, String account, String forcedNext) {
    HttpResponse<String> form = server.get(login);
    assertThat(form.statusCode()).as(login).isEqualTo(200);
    Matcher token = CSRF.matcher(form.body());
    assertThat(token.find()).isTrue();
    Matcher carried = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(form.body());
    String next =
        forcedNext != null ? forcedNext : carried.find() ? unescaped(carried.group(1)) : "";
    String body =
        "name="
            + account
            + "&password=demo-"
            + account
            + "&csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
            + "&next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(server.uri(login))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Cookie",
                TestServer.LOGIN_COOKIE
                    + "="
                    + TestServer.cookieValue(form, TestServer.LOGIN_COOKIE))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return TestServer.send(request);
  }

  private static String unescaped(String html) {
    return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#61;", "=");
  }

  /** Signs in with the demo password and returns the session id. */
  String signIn(String account) {
    return server.signIn(account, "demo-" + account).session();
  }

  /** The session's CSRF token, as its sign-out form carries it. */
  String csrf(String session) {
    Matcher token = CSRF.matcher(page("/en/login", session));
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private String page(String path, String session) {
    HttpResponse<String> answer = get(path, session);
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    return answer.body();
  }

  private HttpResponse<String> get(String path, String session) {
    return server.get(path, "Cookie", "dossier_session=" + session);
  }

  private HttpResponse<String> post(String path, String form, String session) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (session != null) {
      request.header("Cookie", "dossier_session=" + session);
    }
    return TestServer.send(request.build());
  }
}
