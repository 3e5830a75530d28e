package org.dossier.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders the precompiled jte templates (generated from {@code src/main/jte} by the build). */
final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders {@code template} with {@code parameters} and sends it as an HTML page. */
  static void send(
      ServerResponse response, Status status, String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput();
    ENGINE.render(template, parameters, output);
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    // Pages follow the catalogue, which an import may change at any moment; a page that must not
    // be kept at all (a token's secret) has said so already.
    if (!response.headers().contains(HeaderNames.CACHE_CONTROL)) {
      response.header(HeaderNames.CACHE_CONTROL, "no-cache");
    }
    response.send(output.toString().getBytes(StandardCharsets.UTF_8));
  }
}
