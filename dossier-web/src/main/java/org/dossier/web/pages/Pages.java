package org.dossier.web.pages;

import io.helidon.webserver.http.HttpService;
import java.util.List;
import org.dossier.web.Library;

/** The page services of the reading room, in the order they are registered. */
public final class Pages {
  private Pages() {}

  /**
   * The services serving the reading room's pages for {@code library}. They are registered after
   * the API and after the symbol resolver, which hands canonical {@code /{lang}/{symbol}} URLs on
   * to them ({@code response.next()}).
   */
  public static List<HttpService> services(Library library) {
    return List.of();
  }
}
