package org.dossier.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Paths as they go into links and headers: symbols keep their slashes, spaces and the like are
 * percent-encoded ({@code S/RES/2451 (2019)} → {@code S/RES/2451%20(2019)}).
 */
public final class UrlPaths {
  private UrlPaths() {}

  /** {@code path} (already made of its segments) percent-encoded where a URL path needs it. */
  public static String encode(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a path: " + path, e);
    }
  }
}
