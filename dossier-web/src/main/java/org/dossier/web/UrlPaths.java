package org.dossier.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Language;

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

  /**
   * The language of the {@code /{lang}/} a link for this reader goes to: the first official
   * language the {@code Accept-Language} header asks for, else English.
   */
  public static Language preferredLanguage(String acceptLanguage) {
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String primary = range.getRange().split("-")[0];
        Optional<Language> language =
            Language.fromCode(primary).filter(found -> found.code().equals(primary));
        if (language.isPresent()) {
          return language.get();
        }
      }
    } catch (IllegalArgumentException malformed) {
      // A malformed header asks for nothing in particular.
    }
    return Language.EN;
  }
}
