package org.dossier.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api}: the API for people — every operation of the OpenAPI description with its summary
 * and parameters, rendered from that description so the two cannot disagree.
 */
public final class ApiPage {
  /** One operation as the page lists it. */
  public record Operation(
      String id, String method, String path, String summary, List<String> parameters) {}

  private final String html;

  ApiPage(byte[] description) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(description);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode shared = root.path("components").path("parameters");
    List<Operation> operations = new ArrayList<>();
    root.path("paths")
        .properties()
        .forEach(path ->
            path.getValue()
                .properties()
                .forEach(method -> {
                  List<String> parameters = new ArrayList<>();
                  for (JsonNode parameter : method.getValue().path("parameters")) {
                    JsonNode resolved =
                        parameter.has("$ref")
                            ? shared.path(
                                parameter
                                    .path("$ref")
                                    .asText()
                                    .replace("#/components/parameters/", ""))
                            : parameter;
                    String text =
                        resolved.path("name").asText() + " (" + resolved.path("in").asText() + ")";
                    String about = resolved.path("description").asText("");
                    parameters.add(about.isEmpty() ? text : text + ": " + about);
                  }
                  operations.add(
                      new Operation(
                          method.getValue().path("operationId").asText(),
                          method.getKey().toUpperCase(Locale.ROOT),
                          path.getKey(),
                          method.getValue().path("summary").asText(),
                          parameters));
                }));
    StringOutput page = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html)
        .render(
            "api/page.jte",
            Map.of(
                "title", root.path("info").path("title").asText(),
                "description", root.path("info").path("description").asText(),
                "operations", operations),
            page);
    html = page.toString();
  }

  void send(ServerRequest request, ServerResponse response) {
    response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    response.send(html);
  }
}
