package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ServerStartTest {
  private final TestServer server = TestServer.shared();

  @Test
  void listensOnAnEphemeralPortAndAnswersASearch() {
    assertThat(server.server().port()).isPositive();
    HttpResponse<String> response = server.get("/api/v1/search?q=rights");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).contains("\"total\":").contains("\"hits\":[");
  }

  @Test
  void anUnknownApiPathIsAProblemNotAStackTrace() {
    HttpResponse<String> response = server.get("/api/v1/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
  }
}
