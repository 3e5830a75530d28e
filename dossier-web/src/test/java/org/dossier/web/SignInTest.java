package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.AccessControl;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signing in, sessions, CSRF and API tokens over HTTP, against the demo's accounts (password {@code
 * demo-<name>}, docs/access.md) and its Limited, Restricted and unpublished documents. The
 * adversarial cases: a cookie the server did not issue is never adopted, a forged, revoked and
 * never-issued token get one answer, an unknown account and a wrong password get byte-identical
 * answers, a form without its CSRF token changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {
  private static final Pattern SESSION_COOKIE = Pattern.compile("dossier_session=([^;]*)(.*)");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private TestServer server;
  private CataloguedDocument restricted;
  private CataloguedDocument azerbaijanUnpublished;
  private String loginToken;

  @BeforeAll
  void start() {
    server = TestServer.start(4);
    DemoWorkflow.prepare(server.installation());
    for (CataloguedDocument document :
        server.installation().catalogue().documents(DocumentFilter.ALL, 0, 1000)) {
      boolean published = document.state() == DocumentState.PUBLISHED;
      if (published && document.distribution() == Distribution.RESTRICTED) {
        restricted = document;
      } else if (!published && "AZE".equals(document.mission())) {
        azerbaijanUnpublished = document;
      }
    }
    assertThat(restricted).as("the demo's Restricted document").isNotNull();
    assertThat(azerbaijanUnpublished).as("Azerbaijan's unpublished submission").isNotNull();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void theFormSpeaksEachOfTheSixLanguages() {
    Map<String, String> titles =
        Map.of(
            "en", "Sign in",
            "fr", "Connexion",
            "es", "Iniciar sesión",
            "ru", "Вход",
            "zh", "登录",
            "ar", "تسجيل الدخول");
    titles.forEach((language, title) -> {
      HttpResponse<String> page = server.get("/" + language + "/login");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("<h1>" + title + "</h1>")
          .contains("name=\"password\" type=\"password\"")
          .contains("action=\"/" + language + "/login\"");
    });
  }

  @Test
  void signingInSetsAnHttpOnlyLaxCookieWithANewRandomIdAndReadsAsTheAccount() {
    String planted = "chosen-by-an-attacker-0123456789abcdefghijklmnop";
    HttpResponse<String> answer = login("registrar", "demo-registrar", planted);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/en/");
    Matcher cookie = sessionCookie(answer);
    String id = cookie.group(1);
    assertThat(id).isNotEqualTo(planted).matches("[A-Za-z0-9_-]{43}");
    assertThat(cookie.group(2))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Path=/")
        // Plain HTTP from loopback: the one case without Secure (docs/web.md).
        .doesNotContain("Secure");
    assertThat(sessionOf(login("registrar", "demo-registrar", null))).isNotEqualTo(id);

    assertThat(signedInAs(id)).isEqualTo("registrar");
    assertThat(signedInAs(planted)).as("a planted cookie is never adopted").isNull();
  }

  @Test
  void aSessionReadsAsItsAccountOnTheApiAndThePages() {
    String registrar = sessionOf(login("registrar", "demo-registrar", null));
    String api = UrlPaths.encode("/api/v1/documents/" + restricted.key());
    String page = UrlPaths.encode("/en/" + restricted.key());

    assertThat(server.get(api).statusCode()).isEqualTo(404);
    assertThat(server.get(page).statusCode()).isEqualTo(404);
    assertThat(server.get(api, "Cookie", "dossier_session=" + registrar).statusCode())
        .isEqualTo(200);
    HttpResponse<String> shown = server.get(page, "Cookie", "dossier_session=" + registrar);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Vary"))
        .hasValueSatisfying(vary -> assertThat(vary).contains("Cookie"));
  }

  @Test
  void aDelegateSeesItsMissionsSubmissionAndNotAnotherMissions() {
    String azerbaijan = sessionOf(login("delegate.aze", "demo-delegate.aze", null));
    String france = sessionOf(login("delegate.fra", "demo-delegate.fra", null));
    String submission = UrlPaths.encode("/api/v1/documents/" + azerbaijanUnpublished.key());
    String never = UrlPaths.encode("/api/v1/documents/submission:987654");

    assertThat(server.get(submission, "Cookie", "dossier_session=" + azerbaijan).statusCode())
        .isEqualTo(200);
    assertThat(server.get(submission).statusCode()).isEqualTo(404);
    HttpResponse<String> hidden = server.get(submission, "Cookie", "dossier_session=" + france);
    HttpResponse<String> missing = server.get(never, "Cookie", "dossier_session=" + france);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body())
        .isEqualTo(missing.body().replace("submission:987654", azerbaijanUnpublished.key()));
  }

  @Test
  void anUnknownAccountAndAWrongPasswordGetByteIdenticalAnswers() {
    HttpResponse<String> unknown = login("nobody.here", "whatever", null);
    HttpResponse<String> wrong = login("translator", "whatever", null);

    assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
    assertThat(unknown.body())
        .contains("Wrong account name or password.")
        .isEqualTo(wrong.body().replace("translator", "nobody.here"));
    assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(login("", "", null).body())
        .as("an empty form is refused like any wrong one")
        .isEqualTo(wrong.body().replace("value=\"translator\"", "value=\"\""));
    assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();
  }

  /**
   * Login CSRF: a sign-in posted by another site's form — without the form's token, with a token
   * but not its cookie, with a cookie but another token, or with a pair it made up — is refused
   * before the password is even checked, and signs nobody in.
   */
  @Test
  void aSignInNotPostedFromTheSitesOwnFormIsRefused() {
    String credentials = "name=registrar&password=demo-registrar";
    String token = loginToken();
    String madeUp = "bm9uY2U.c2lnbmF0dXJl";
    for (HttpResponse<String> refused :
        List.of(
            post("/en/login", credentials, null, null),
            post("/en/login", credentials + "&csrf=" + token, null, null),
            post("/en/login", credentials, null, token),
            post("/en/login", credentials + "&csrf=" + madeUp, null, token),
            post("/en/login", credentials + "&csrf=" + madeUp, null, madeUp))) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("did not come from this site's sign-in form");
      assertThat(TestServer.cookieValue(refused, "dossier_session")).isNull();
    }
    assertThat(login("registrar", "demo-registrar", null).statusCode()).isEqualTo(303);
    HttpResponse<String> form = server.get("/en/login");
    assertThat(TestServer.cookieValue(form, TestServer.LOGIN_COOKIE))
        .as("each browser gets its own token")
        .isNotEqualTo(token);
    assertThat(form.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie ->
            assertThat(cookie)
                .startsWith(TestServer.LOGIN_COOKIE)
                .contains("HttpOnly")
                .contains("SameSite=Strict"));
  }

  @Test
  void fiveFailuresForOneNameThrottleItsSixthAttemptEvenWithTheRightPassword() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(login("admin", "wrong-" + attempt, null).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = login("admin", "demo-admin", null);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(throttled.body()).contains("Too many failed sign-ins");
    assertThat(throttled.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void signingOutNeedsTheSessionsCsrfTokenAndWithoutItChangesNothing() {
    String session = sessionOf(login("delegate.aze", "demo-delegate.aze", null));
    HttpResponse<String> form = server.get("/en/login", "Cookie", "dossier_session=" + session);
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).as("the sign-out form carries a CSRF token").isTrue();

    for (String body : List.of("", "csrf=", "csrf=forged-token")) {
      HttpResponse<String> refused = post("/en/logout", body, session);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(signedInAs(session)).isEqualTo("delegate.aze");
    }

    HttpResponse<String> out = post("/en/logout", "csrf=" + csrf.group(1), session);
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(signedInAs(session)).as("the session is gone from the server").isNull();
  }

  @Test
  void forgedRevokedAndNeverIssuedTokensGetOneAnswerAndAValidOneReadsAsItsAccount() {
    AccessControl access = server.installation().accessControl();
    AccessControl.NewToken token =
        access.createToken(
            Viewer.administrator("admin"), "registrar", AccessControl.TokenScope.READ, "test");
    String path = UrlPaths.encode("/api/v1/documents/" + restricted.key());

    assertThat(server.get(path, "Authorization", "Bearer " + token.secret()).statusCode())
        .isEqualTo(200);

    access.revokeToken(Viewer.administrator("admin"), token.token().id(), "registrar");
    HttpResponse<String> revoked = server.get(path, "Authorization", "Bearer " + token.secret());
    HttpResponse<String> forged =
        server.get(path, "Authorization", "Bearer dossier_" + "A".repeat(43));
    HttpResponse<String> garbage = server.get(path, "Authorization", "Basic cm9vdDpyb290");
    for (HttpResponse<String> refused : List.of(revoked, forged, garbage)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(refused.body()).isEqualTo(revoked.body()).contains("The API token is not valid.");
    }
  }

  @Test
  void aDelegatesTokenReadsItsMissionsNotificationsAsAtomAndNoOneElseDoes() {
    AccessControl access = server.installation().accessControl();
    Viewer admin = Viewer.administrator("admin");
    String azerbaijan =
        access.createToken(admin, "delegate.aze", AccessControl.TokenScope.READ, "feed").secret();
    String france =
        access.createToken(admin, "delegate.fra", AccessControl.TokenScope.READ, "feed").secret();
    String registrar =
        access.createToken(admin, "registrar", AccessControl.TokenScope.READ, "feed").secret();
    String feed = "/api/v1/notifications.atom";

    HttpResponse<String> own = server.get(feed, "Authorization", "Bearer " + azerbaijan);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    assertThat(own.body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("urn:dossier:notifications:AZE")
        .contains(UrlPaths.encode("/en/" + azerbaijanUnpublished.key()));
    // The demo submits two documents for Azerbaijan and registers one: three notifications at
    // least.
    assertThat(own.body().split("<entry>", -1).length - 1).isGreaterThanOrEqualTo(3);

    HttpResponse<String> other = server.get(feed, "Authorization", "Bearer " + france);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).doesNotContain(azerbaijanUnpublished.key()).doesNotContain(">AZE");

    assertThat(server.get(feed).statusCode()).isEqualTo(401);
    assertThat(server.get(feed, "Authorization", "Bearer " + registrar).statusCode())
        .isEqualTo(403);
    String list = "/api/v1/notifications";
    assertThat(server.get(list).statusCode()).isEqualTo(401);
    assertThat(server.get(list, "Authorization", "Bearer " + registrar).statusCode())
        .isEqualTo(403);
    assertThat(server.get(list, "Authorization", "Bearer " + france).body())
        .doesNotContain(azerbaijanUnpublished.key());
  }

  /** The feed's links go to the pages in the language asked by ?lang=, else Accept-Language. */
  @Test
  void theFeedLinksToThePagesInTheReadersLanguage() {
    String secret =
        server
            .installation()
            .accessControl()
            .createToken(
                Viewer.administrator("admin"), "delegate.aze", AccessControl.TokenScope.READ, "l")
            .secret();
    String page = UrlPaths.encode("/" + "LANG" + "/" + azerbaijanUnpublished.key());
    String feed = "/api/v1/notifications.atom";
    String bearer = "Bearer " + secret;

    assertThat(server.get(feed, "Authorization", bearer).body())
        .as("English by default")
        .contains(page.replace("LANG", "en") + "\"");
    assertThat(server.get(feed + "?lang=fr", "Authorization", bearer).body())
        .contains(page.replace("LANG", "fr") + "\"")
        .doesNotContain(page.replace("LANG", "en") + "\"");
    assertThat(
            server
                .get(feed, "Authorization", bearer, "Accept-Language", "de-CH, ar;q=0.8, en;q=0.5")
                .body())
        .contains(page.replace("LANG", "ar") + "\"");
    assertThat(
            server.get(feed + "?lang=zh", "Authorization", bearer, "Accept-Language", "ru").body())
        .as("?lang= wins over the header")
        .contains(page.replace("LANG", "zh") + "\"");
    HttpResponse<String> wrong = server.get(feed + "?lang=de", "Authorization", bearer);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("lang: expected one of ar, zh, en, fr, es, ru, got 'de'");
  }

  /** Signs in through the form, with the form's pre-session token as a browser sends it. */
  private HttpResponse<String> login(String name, String password, String cookie) {
    return post(
        "/en/login",
        "name=" + encoded(name) + "&password=" + encoded(password) + "&csrf=" + loginToken(),
        cookie,
        loginToken());
  }

  /** The sign-in form's token this test's browser holds (the server keeps a valid one). */
  private String loginToken() {
    if (loginToken == null) {
      loginToken = TestServer.cookieValue(server.get("/en/login"), TestServer.LOGIN_COOKIE);
      assertThat(loginToken).as("the sign-in form sets its token's cookie").isNotNull();
    }
    return loginToken;
  }

  private HttpResponse<String> post(String path, String form, String session) {
    return post(path, form, session, null);
  }

  private HttpResponse<String> post(String path, String form, String session, String loginToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    List<String> cookies = new ArrayList<>();
    if (session != null) {
      cookies.add("dossier_session=" + session);
    }
    if (loginToken != null) {
      cookies.add(TestServer.LOGIN_COOKIE + "=" + loginToken);
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies));
    }
    return TestServer.send(request.build());
  }

  /** Who the login page says is signed in with this session id, or null for nobody. */
  private String signedInAs(String session) {
    String body = server.get("/en/login", "Cookie", "dossier_session=" + session).body();
    Matcher matcher = Pattern.compile("Signed in as ([^<]+)\\.").matcher(body);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static Matcher sessionCookie(HttpResponse<String> answer) {
    List<String> cookies = answer.headers().allValues("Set-Cookie");
    Matcher cookie =
        cookies.stream()
            .map(SESSION_COOKIE::matcher)
            .filter(matcher -> matcher.matches() && !matcher.group(1).isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    return cookie;
  }

  private static String sessionOf(HttpResponse<String> answer) {
    return sessionCookie(answer).group(1);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
