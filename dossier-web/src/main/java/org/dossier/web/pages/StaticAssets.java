package org.dossier.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The stylesheet and script of the reading room, bundled in the jar and served from {@code
 * /static/}: nothing is fetched from another site.
 */
final class StaticAssets implements HttpService {
  private static final Map<String, String> TYPES =
      Map.of(
          "dossier.css", "text/css; charset=UTF-8", "dossier.js", "text/javascript; charset=UTF-8");
  private final Map<String, byte[]> files;

  StaticAssets() {
    this.files = Map.of("dossier.css", read("dossier.css"), "dossier.js", read("dossier.js"));
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/static/{file}", this::serve);
  }

  private void serve(ServerRequest request, ServerResponse response) {
    String name = request.path().pathParameters().get("file");
    byte[] body = files.get(name);
    if (body == null) {
      response.next();
      return;
    }
    response.status(Status.OK_200);
    response.header(HeaderNames.CONTENT_TYPE, TYPES.get(name));
    response.header(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
    response.send(body);
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled asset static/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled asset static/" + name, e);
    }
  }
}
