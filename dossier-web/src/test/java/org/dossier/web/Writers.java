package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.dossier.access.AccessControl;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.model.Language;

/**
 * Accounts of each role on a {@link TestServer}, made with {@code AccessControl} as an
 * administrator would, with API tokens issued for them; and the requests the workflow's tests send.
 */
final class Writers {
  static final ObjectMapper JSON = new ObjectMapper();

  private final TestServer server;
  private final AccessControl access;

  Writers(TestServer server) {
    this.server = server;
    this.access = server.installation().accessControl();
  }

  /** Creates an account (password {@code pw-<name>}) and returns a token of {@code scope}. */
  String account(
      String name,
      Role role,
      String mission,
      Set<Language> languages,
      AccessControl.TokenScope scope) {
    access.createAccount(Viewer.localAdministrator(), name, role, mission, languages, "pw-" + name);
    return token(name, scope);
  }

  String token(String name, AccessControl.TokenScope scope) {
    return access.createToken(Viewer.localAdministrator(), name, scope, "test").secret();
  }

  HttpResponse<String> get(String path, String token) {
    return server.get(path, "Authorization", "Bearer " + token);
  }

  HttpResponse<String> postJson(String path, String token, String json) {
    return TestServer.send(
        withToken(request(path), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> postMultipart(String path, String token, Multipart body) {
    return TestServer.send(body.post(withToken(request(path), token)).build());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpRequest.Builder withToken(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }
}
