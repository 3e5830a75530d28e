package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.AccessControl;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AccountRecord;
import org.dossier.catalogue.AuditEntry;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Language;
import org.dossier.web.Multipart;
import org.dossier.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The accounts pages over HTTP, against the demo's accounts ({@code demo-<name>}) and accounts each
 * test makes for itself: an administrator creates, disables and enables accounts (the created one
 * signs in), errors are shown beside their fields in the command line's words, every other role
 * gets a 403 and the anonymous the sign-in page, a form without its CSRF token changes nothing, a
 * password change ends the account's other sessions, and a token made on the page works as a Bearer
 * token until revoked — its secret shown in the answer that made it and nowhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagesTest {
  private static final Pattern SECRET = Pattern.compile("dossier_[A-Za-z0-9_-]{43}");

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(2);
    DemoWorkflow.prepare(server.installation());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void anAdministratorCreatesATranslatorWhoThenSignsIn() {
    TestServer.SignedIn admin = server.signIn("admin", "demo-admin");
    String list = page("/en/accounts", admin);
    assertThat(list)
        .contains("<h1>Accounts</h1>")
        .contains("<td dir=\"ltr\">delegate.fra</td><td>Delegate of a Permanent Mission</td>")
        .contains("action=\"/en/accounts/delegate.fra/disable\"")
        .as("no form disables the administrator's own account")
        .doesNotContain("action=\"/en/accounts/admin/disable\"");

    HttpResponse<String> created =
        post(
            "/en/accounts",
            admin,
            "name=translator.ru&role=TRANSLATOR&languages=ru,+ar&password=first-Pw-7&csrf="
                + admin.csrf());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValue("/en/accounts");

    AccountRecord account =
        server.installation().catalogue().accounts().byName("translator.ru").orElseThrow();
    assertThat(account.role()).isEqualTo("TRANSLATOR");
    assertThat(account.languages()).containsExactlyInAnyOrder(Language.AR, Language.RU);
    assertThat(page("/fr/accounts", admin))
        .contains("<td dir=\"ltr\">translator.ru</td><td>Traducteur</td>");
    TestServer.SignedIn translator = server.signIn("translator.ru", "first-Pw-7");
    assertThat(page("/en/tasks", translator)).contains("<h1>Translation tasks</h1>");
    assertThat(audit("translator.ru"))
        .extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", "account.create"));
  }

  @Test
  void aRefusedAccountIsShownAgainWithTheCommandLinesMessagesBesideTheFieldsAndNoPassword() {
    TestServer.SignedIn admin = server.signIn("admin", "demo-admin");
    int before = server.installation().catalogue().accounts().list().size();

    HttpResponse<String> noState =
        post(
            "/en/accounts",
            admin,
            "name=delegate.x&role=DELEGATE&mission=France&password=Secret-Typed-1&csrf="
                + admin.csrf());
    assertThat(noState.statusCode()).isEqualTo(400);
    assertThat(noState.body())
        .contains(
            "<span class=\"field-error\" id=\"account-mission-error\" role=\"alert\">a delegate"
                + " acts for one State, given as its ISO 3166 alpha-3 code (such as FRA), got"
                + " France</span>")
        .contains("value=\"delegate.x\"")
        .doesNotContain("Secret-Typed-1");

    HttpResponse<String> taken =
        post(
            "/en/accounts",
            admin,
            "name=Registrar&role=REGISTRAR&password=pw&csrf=" + admin.csrf());
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body())
        .contains(
            "id=\"account-name-error\" role=\"alert\">Cannot create the account registrar: the"
                + " name is taken</span>");

    HttpResponse<String> stateless =
        post(
            "/en/accounts",
            admin,
            "name=t.x&role=TRANSLATOR&languages=fr&mission=FRA&password=pw&csrf=" + admin.csrf());
    assertThat(stateless.statusCode()).isEqualTo(400);
    assertThat(stateless.body())
        .contains(
            "id=\"account-mission-error\" role=\"alert\">only a delegate acts for a State;"
                + " TRANSLATOR does not</span>");
    HttpResponse<String> noLanguage =
        post("/en/accounts", admin, "name=t.y&role=TRANSLATOR&password=pw&csrf=" + admin.csrf());
    assertThat(noLanguage.body())
        .contains(
            "id=\"account-languages-error\" role=\"alert\">a translator works in at least one"
                + " language</span>");

    HttpResponse<String> empty =
        post("/en/accounts", admin, "role=TRANSLATOR&languages=xx&csrf=" + admin.csrf());
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body())
        .contains("id=\"account-name-error\" role=\"alert\">Fill in this field.</span>")
        .contains("id=\"account-password-error\" role=\"alert\">Fill in this field.</span>")
        .contains(
            "id=\"account-languages-error\" role=\"alert\">Not an official language code: xx.");
    assertThat(server.installation().catalogue().accounts().list()).hasSize(before);
  }

  @Test
  void otherRolesGetA403AndTheAnonymousAreSentToSignIn() {
    for (String path : List.of("/en/accounts", "/en/account")) {
      HttpResponse<String> anonymous = server.get(path);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(303);
      assertThat(anonymous.headers().firstValue("Location"))
          .hasValue("/en/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
    HttpResponse<String> anonymousPost = post("/en/account/password", null, "current=x");
    assertThat(anonymousPost.statusCode()).isEqualTo(303);
    assertThat(anonymousPost.headers().firstValue("Location")).hasValue("/en/login");

    for (String role : List.of("registrar", "translator", "delegate.fra")) {
      TestServer.SignedIn reader = server.signIn(role, "demo-" + role);
      HttpResponse<String> refused = get("/en/accounts", reader);
      assertThat(refused.statusCode()).as(role).isEqualTo(403);
      assertThat(refused.body()).contains("<h1>Not allowed</h1>");
      HttpResponse<String> create =
          post(
              "/en/accounts",
              reader,
              "name=mine&role=ADMINISTRATOR&password=pw&csrf=" + reader.csrf());
      assertThat(create.statusCode()).as(role).isEqualTo(403);
      assertThat(page("/en/account", reader)).contains("<h1>My account</h1>");
    }
    assertThat(server.installation().catalogue().accounts().byName("mine")).isEmpty();
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
    makeAccount("csrf.target", "pw-target-1");
    TestServer.SignedIn admin = server.signIn("admin", "demo-admin");
    TestServer.SignedIn target = server.signIn("csrf.target", "pw-target-1");
    int audited = server.installation().catalogue().workflow().auditTrail(0, 100_000).size();

    List<HttpResponse<String>> refused =
        List.of(
            post("/en/accounts", admin, "name=forged&role=ADMINISTRATOR&password=pw"),
            post("/en/accounts/csrf.target/disable", admin, "csrf=wrong"),
            post(
                "/en/account/password",
                target,
                "current=pw-target-1&password=stolen&repeat=stolen"),
            post("/en/account/tokens", target, "label=forged&scope=WRITE&csrf=" + admin.csrf()));
    for (HttpResponse<String> answer : refused) {
      assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(403);
      assertThat(answer.body()).contains("did not carry this session's security token");
    }
    assertThat(server.installation().catalogue().workflow().auditTrail(0, 100_000))
        .hasSize(audited);
    assertThat(server.installation().catalogue().accounts().byName("forged")).isEmpty();
    assertThat(server.installation().catalogue().accounts().tokens("csrf.target")).isEmpty();
    assertThat(get("/en/account", target).statusCode()).as("still enabled").isEqualTo(200);
    server.signIn("csrf.target", "pw-target-1");
  }

  @Test
  void anAdministratorDisablesAndEnablesAnotherAccountButNotItsOwn() {
    makeAccount("to.disable", "pw-disable-1");
    TestServer.SignedIn admin = server.signIn("admin", "demo-admin");
    TestServer.SignedIn victim = server.signIn("to.disable", "pw-disable-1");

    HttpResponse<String> disabled =
        post("/en/accounts/to.disable/disable", admin, "csrf=" + admin.csrf());
    assertThat(disabled.statusCode()).isEqualTo(303);
    assertThat(disabled.headers().firstValue("Location")).hasValue("/en/accounts");
    assertThat(get("/en/account", victim).statusCode()).as("its session ended").isEqualTo(303);
    assertThat(page("/en/accounts", admin))
        .contains("<td dir=\"ltr\">to.disable</td><td>Registrar</td><td></td><td>Disabled</td>")
        .contains("action=\"/en/accounts/to.disable/enable\"");

    assertThat(post("/en/accounts/to.disable/enable", admin, "csrf=" + admin.csrf()).statusCode())
        .isEqualTo(303);
    server.signIn("to.disable", "pw-disable-1");
    assertThat(audit("to.disable"))
        .extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("local-administrator", "account.create"),
            org.assertj.core.groups.Tuple.tuple("admin", "account.disable"),
            org.assertj.core.groups.Tuple.tuple("admin", "account.enable"));

    HttpResponse<String> itself = post("/en/accounts/admin/disable", admin, "csrf=" + admin.csrf());
    assertThat(itself.statusCode()).isEqualTo(409);
    assertThat(itself.body()).contains("an administrator cannot disable its own account");
    assertThat(server.installation().catalogue().accounts().byName("admin").orElseThrow())
        .extracting(AccountRecord::disabled)
        .isEqualTo(false);
    assertThat(post("/en/accounts/nobody.here/disable", admin, "csrf=" + admin.csrf()).body())
        .contains("No account is named nobody.here");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsTheAccountsOtherSessions() {
    makeAccount("changer", "old-Pw-1");
    TestServer.SignedIn here = server.signIn("changer", "old-Pw-1");
    TestServer.SignedIn elsewhere = server.signIn("changer", "old-Pw-1");

    HttpResponse<String> wrong =
        post(
            "/en/account/password",
            here,
            "current=guess&password=new-Pw-2&repeat=new-Pw-2&csrf=" + here.csrf());
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body())
        .contains("id=\"password-current-error\" role=\"alert\">The current password is wrong.")
        .doesNotContain("new-Pw-2")
        .doesNotContain("guess");
    HttpResponse<String> mismatch =
        post(
            "/en/account/password",
            here,
            "current=old-Pw-1&password=new-Pw-2&repeat=new-Pw-3&csrf=" + here.csrf());
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("The two new passwords differ.");
    assertThat(get("/en/account", elsewhere).statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        post(
            "/en/account/password",
            here,
            "current=old-Pw-1&password=new-Pw-2&repeat=new-Pw-2&csrf=" + here.csrf());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);
    assertThat(changed.headers().firstValue("Location")).hasValue("/en/account?changed=password");
    assertThat(page("/en/account?changed=password", here))
        .contains("Your password was changed. Your other sessions were ended.");
    HttpResponse<String> other = get("/en/account", elsewhere);
    assertThat(other.statusCode()).as("the other session ended").isEqualTo(303);
    assertThat(other.headers().firstValue("Location")).hasValue("/en/login?next=%2Fen%2Faccount");

    server.signIn("changer", "new-Pw-2");
    assertThat(
            server
                .installation()
                .accessControl()
                .login("changer", "old-Pw-1", "127.0.0.9")
                .getClass())
        .isEqualTo(AccessControl.Login.Refused.class);
    assertThat(audit("changer"))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::after)
        .contains(org.assertj.core.groups.Tuple.tuple("changer", "account.password", "changed"));
  }

  @Test
  void aTokenMadeOnThePageWorksAsABearerTokenUntilRevokedAndItsSecretIsShownOnce() {
    server
        .installation()
        .accessControl()
        .createAccount(
            Viewer.localAdministrator(),
            "delegate.blr",
            Role.DELEGATE,
            "BLR",
            Set.of(),
            "pw-blr-1");
    TestServer.SignedIn delegate = server.signIn("delegate.blr", "pw-blr-1");
    assertThat(page("/en/account", delegate)).contains("No API token yet.");

    HttpResponse<String> created =
        post("/en/account/tokens", delegate, "label=submitter&scope=WRITE&csrf=" + delegate.csrf());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    Matcher secretFound = SECRET.matcher(created.body());
    assertThat(secretFound.find()).isTrue();
    String secret = secretFound.group();
    assertThat(created.body()).contains("copy it now, it is shown only this once");

    String listed = page("/en/account", delegate);
    assertThat(listed)
        .contains("<td>submitter</td><td>Read and write</td>")
        .doesNotContain(secret)
        .doesNotContainPattern(SECRET);
    assertThat(page("/en/accounts", server.signIn("admin", "demo-admin"))).doesNotContain(secret);
    assertThat(server.installation().catalogue().workflow().auditTrail(0, 100_000).toString())
        .doesNotContain(secret);

    // The WRITE token submits through the API as its delegate.
    GeneratedDocument note = new CorpusGenerator(1830).documents(1).toList().getFirst();
    HttpResponse<String> submitted = submit(secret, note);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    assertThat(submitted.body()).contains("\"mission\":\"BLR\"");

    // A READ token reads but may not write.
    Matcher read =
        SECRET.matcher(
            post("/en/account/tokens", delegate, "label=reader&scope=READ&csrf=" + delegate.csrf())
                .body());
    assertThat(read.find()).isTrue();
    assertThat(bearer("/api/v1/submissions", read.group()).statusCode()).isEqualTo(200);
    assertThat(submit(read.group(), note).statusCode()).isEqualTo(403);

    // Another account cannot revoke it by its number.
    long id =
        server.installation().catalogue().accounts().tokens("delegate.blr").stream()
            .filter(token -> token.label().equals("submitter"))
            .findFirst()
            .orElseThrow()
            .id();
    TestServer.SignedIn other = server.signIn("delegate.fra", "demo-delegate.fra");
    HttpResponse<String> notTheirs =
        post("/en/account/tokens/" + id + "/revoke", other, "csrf=" + other.csrf());
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertThat(bearer("/api/v1/submissions", secret).statusCode()).isEqualTo(200);

    HttpResponse<String> revoked =
        post("/en/account/tokens/" + id + "/revoke", delegate, "csrf=" + delegate.csrf());
    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(revoked.headers().firstValue("Location")).hasValue("/en/account");
    assertThat(page("/en/account", delegate)).contains("Revoked 20");

    HttpResponse<String> afterRevoking = bearer("/api/v1/submissions", secret);
    HttpResponse<String> forged = bearer("/api/v1/submissions", "dossier_" + "A".repeat(43));
    assertThat(afterRevoking.statusCode()).isEqualTo(401);
    assertThat(afterRevoking.body()).isEqualTo(forged.body());
    assertThat(afterRevoking.headers().firstValue("WWW-Authenticate"))
        .isEqualTo(forged.headers().firstValue("WWW-Authenticate"));
  }

  @Test
  void thePagesAreInEachLanguageArabicRightToLeft() {
    TestServer.SignedIn admin = server.signIn("admin", "demo-admin");
    assertThat(page("/ar/account", admin))
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("<h1>حسابي</h1>");
    assertThat(page("/zh/accounts", admin)).contains("<h1>账户管理</h1>");
    assertThat(page("/ru/account", admin)).contains("Изменить пароль");
  }

  // ---------------------------------------------------------------------------------------------

  private void makeAccount(String name, String password) {
    server
        .installation()
        .accessControl()
        .createAccount(Viewer.localAdministrator(), name, Role.REGISTRAR, null, Set.of(), password);
  }

  private List<AuditEntry> audit(String subject) {
    return server.installation().catalogue().workflow().auditTrail(0, 100_000).stream()
        .filter(entry -> entry.subject().equals(subject))
        .toList();
  }

  private HttpResponse<String> submit(String token, GeneratedDocument note) {
    return TestServer.send(
        new Multipart()
            .field("body", "HRC")
            .field("session", "43")
            .field("agendaItem", "4")
            .field("docType", "note-verbale")
            .field("distribution", "general")
            .file(
                "file",
                note.version(Language.EN).fileName(Format.TXT),
                note.version(Language.EN).render(Format.TXT))
            .post(
                HttpRequest.newBuilder(server.uri("/api/v1/submissions"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token))
            .build());
  }

  private HttpResponse<String> bearer(String path, String token) {
    return server.get(path, "Authorization", "Bearer " + token);
  }

  private String page(String path, TestServer.SignedIn session) {
    HttpResponse<String> answer = get(path, session);
    assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
    return answer.body();
  }

  private HttpResponse<String> get(String path, TestServer.SignedIn session) {
    return server.get(path, "Cookie", session.cookie());
  }

  private HttpResponse<String> post(String path, TestServer.SignedIn session, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (session != null) {
      request.header("Cookie", session.cookie());
    }
    return TestServer.send(request.build());
  }
}
