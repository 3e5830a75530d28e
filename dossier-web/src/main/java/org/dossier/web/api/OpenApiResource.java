package org.dossier.web.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /api/openapi.json}: the OpenAPI 3.1 description of the API, written by hand next to this
 * class; a test compares its paths with the routes registered.
 */
final class OpenApiResource extends ApiResource {
  private final byte[] description;

  OpenApiResource(RouteTable table) {
    super(Api.OPENAPI_PATH, table);
    try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      description = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  void declare(Routes routes) {
    routes.get("", this::describe);
  }

  /** The page for people, rendered from the same description. */
  ApiPage page() {
    return new ApiPage(description);
  }

  private void describe(ServerRequest request, ServerResponse response) {
    response.header(HeaderNames.CONTENT_TYPE, Json.MEDIA_TYPE);
    response.send(description);
  }
}
