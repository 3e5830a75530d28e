package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.web.api.RouteTable;
import org.junit.jupiter.api.Test;

/** The OpenAPI description served matches the routes registered, and is valid OpenAPI 3.1. */
class OpenApiTest {
  private final TestServer server = TestServer.shared();

  private String description() {
    var response = server.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void describesExactlyTheRoutesRegistered() throws IOException {
    JsonNode paths = new ObjectMapper().readTree(description()).path("paths");
    Set<String> described = new TreeSet<>();
    paths
        .properties()
        .forEach(path ->
            path.getValue()
                .fieldNames()
                .forEachRemaining(method ->
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> registered = new TreeSet<>();
    for (RouteTable.Route route : server.server().apiRoutes().routes()) {
      registered.add(route.method() + " " + route.openApiPath());
    }
    assertThat(described).isEqualTo(registered);
    assertThat(registered).hasSize(33);
  }

  @Test
  void everyDescribedPathIsServed() throws IOException {
    JsonNode paths = new ObjectMapper().readTree(description()).path("paths");
    paths
        .properties()
        .forEach(path -> {
          if (path.getValue().has("get")) {
            String concrete =
                path.getKey()
                    .replace("{symbol}", "A/HRC/1/1")
                    .replace("{lang}", "en")
                    .replace("{a}", "en")
                    .replace("{b}", "fr")
                    .replace("{body}", "HRC")
                    .replace("{session}", "1")
                    .replace("{item}", "1")
                    .replace("{country}", "CHE");
            var response = server.get(concrete);
            // Served by its resource (a 404 there names what is missing), not by the catch-all.
            assertThat(response.body()).as(concrete).doesNotContain("No API resource at");
          }
        });
  }

  @Test
  void isValidForAParserWeDidNotWrite() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(description(), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/search");
  }
}
