package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and the login throttle live in the catalogue: a restart of the server keeps a reader
 * signed in and keeps counting failed sign-ins; the catalogue holds a session id's SHA-256, never
 * the id; signing out deletes the session for good; a disabled account's session stops.
 */
class SessionRestartTest {
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(1);
    var access = server.installation().accessControl();
    access.createAccount(
        Viewer.localAdministrator(), "registrar", Role.REGISTRAR, null, Set.of(), "pw-registrar");
    access.createAccount(
        Viewer.localAdministrator(), "admin", Role.ADMINISTRATOR, null, Set.of(), "pw-admin");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSessionOutlivesARestartUntilSignedOutAndIsKeptOnlyAsItsHash() {
    TestServer.SignedIn signedIn = server.signIn("registrar", "pw-registrar");
    Instant now = Instant.now();
    assertThat(server.installation().catalogue().sessions().find(signedIn.session(), now))
        .as("the id itself is not a key")
        .isEmpty();
    assertThat(server.installation().catalogue().sessions().find(sha256(signedIn.session()), now))
        .hasValueSatisfying(kept -> assertThat(kept.accountName()).isEqualTo("registrar"));

    server = server.restarted();
    assertThat(signedInAs(signedIn)).isEqualTo("registrar");

    HttpResponse<String> out = post("/en/logout", "csrf=" + signedIn.csrf(), signedIn.cookie());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(server.installation().catalogue().sessions().find(sha256(signedIn.session()), now))
        .isEmpty();
    server = server.restarted();
    assertThat(signedInAs(signedIn)).isNull();
  }

  @Test
  void disablingTheAccountEndsItsSessions() {
    TestServer.SignedIn signedIn = server.signIn("registrar", "pw-registrar");
    assertThat(signedInAs(signedIn)).isEqualTo("registrar");
    server
        .installation()
        .accessControl()
        .setDisabled(Viewer.administrator("admin"), "registrar", true);
    assertThat(signedInAs(signedIn)).isNull();
  }

  @Test
  void theThrottleKeepsCountingAcrossARestart() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(login("admin", "wrong-" + attempt).statusCode()).isEqualTo(401);
    }
    server = server.restarted();
    for (int attempt = 4; attempt <= 5; attempt++) {
      assertThat(login("admin", "wrong-" + attempt).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = login("admin", "pw-admin");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.body()).contains("try again in 15 minutes.");
  }

  private HttpResponse<String> login(String name, String password) {
    HttpResponse<String> form = server.get("/en/login");
    String token = TestServer.cookieValue(form, TestServer.LOGIN_COOKIE);
    return post(
        "/en/login",
        "name=" + encoded(name) + "&password=" + encoded(password) + "&csrf=" + encoded(token),
        TestServer.LOGIN_COOKIE + "=" + token);
  }

  private HttpResponse<String> post(String path, String form, String cookie) {
    return TestServer.send(
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private String signedInAs(TestServer.SignedIn signedIn) {
    String body = server.get("/en/login", "Cookie", signedIn.cookie()).body();
    Matcher matcher = Pattern.compile("Signed in as ([^<]+)\\.").matcher(body);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
