package org.dossier.web.pages;

import io.helidon.webserver.http.ServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Symbols in paths: each segment encoded, the slashes between them kept. */
final class SymbolPaths {
  private SymbolPaths() {}

  /** {@code S/RES/822 (1993)} → {@code S/RES/822%20%281993%29}. */
  static String encode(String symbol) {
    StringBuilder path = new StringBuilder();
    for (String segment : symbol.split("/", -1)) {
      if (!path.isEmpty()) {
        path.append('/');
      }
      path.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }

  /** The scheme and authority the reader used, for absolute addresses: {@code http://host:8080}. */
  static String origin(ServerRequest request) {
    return request.requestedUri().scheme() + "://" + request.requestedUri().authority();
  }
}
