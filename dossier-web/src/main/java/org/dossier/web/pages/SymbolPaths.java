package org.dossier.web.pages;

import io.helidon.webserver.http.ServerRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** Symbols in paths: the characters a path cannot hold percent-encoded, the slashes kept. */
final class SymbolPaths {
  private SymbolPaths() {}

  /**
   * {@code S/RES/822 (1993)} → {@code S/RES/822%20(1993)}: the form the symbol resolver takes as
   * canonical, so the pages' own links never go through a redirect.
   */
  static String encode(String symbol) {
    try {
      // Rooted, so a key such as provisional:fr-1a7a… is not read as a scheme.
      return new URI(null, null, "/" + symbol, null).getRawPath().substring(1);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a path: " + symbol, e);
    }
  }

  /** The scheme and authority the reader used, for absolute addresses: {@code http://host:8080}. */
  static String origin(ServerRequest request) {
    return request.requestedUri().scheme() + "://" + request.requestedUri().authority();
  }
}
