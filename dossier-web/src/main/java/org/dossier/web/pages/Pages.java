package org.dossier.web.pages;

import io.helidon.webserver.http.HttpService;
import java.util.List;
import org.dossier.access.AccessControl;
import org.dossier.web.Library;
import org.dossier.web.auth.Sessions;

/** The page services of the reading room, in the order they are registered. */
public final class Pages {
  private Pages() {}

  /**
   * The services serving the reading room's pages for {@code library}. They are registered after
   * the API and after the symbol resolver, which hands canonical {@code /{lang}/{symbol}} URLs on
   * to them ({@code response.next()}). The document page's greedy {@code /{lang}/{+symbol}} comes
   * last, after the pages with fixed names ({@code search}, {@code browse}, {@code countries},
   * {@code provisional}), and a 404 page for any other address.
   */
  public static List<HttpService> services(Library library) {
    return List.of(
        new StaticAssets(),
        new SearchPage(library),
        new BrowsePage(library),
        new CountryPage(library),
        new ProvisionalPage(library),
        new DocumentPage(library),
        new NotFoundPage());
  }

  /**
   * The sign-in and sign-out pages ({@code /{lang}/login}, {@code /{lang}/logout}), registered
   * before the symbol resolver so that their names are never read as symbols.
   */
  public static HttpService signIn(AccessControl accessControl, Sessions sessions) {
    return new LoginPage(accessControl, sessions);
  }
}
