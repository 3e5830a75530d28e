package org.dossier.web.pages;

import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.List;
import org.dossier.web.Library;
import org.dossier.web.Uploads;
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
  public static List<HttpService> services(Library library, Sessions sessions) {
    return List.of(
        new StaticAssets(),
        new SearchPage(library),
        new BrowsePage(library),
        new CountryPage(library),
        new ProvisionalPage(library),
        new DocumentPage(new Forms(library, sessions)),
        new NotFoundPage(library));
  }

  /**
   * The pages of signed-in readers, registered before the symbol resolver so that their names are
   * never read as symbols: signing in and out ({@code /{lang}/login}, {@code /{lang}/logout}) and
   * the workflow — a delegate's submissions, the registrar's queue, the translation tasks, the
   * audit trail, the actions on a document ({@code /{lang}/documents/{id}/…}), the administrators'
   * accounts ({@code /{lang}/accounts}) and each reader's own ({@code /{lang}/account}).
   */
  public static List<HttpService> signedIn(Library library, Sessions sessions, Uploads uploads) {
    Forms forms = new Forms(library, sessions);
    return List.of(
        new LoginPage(library.installation().accessControl(), sessions),
        new SubmissionPages(forms, uploads, new Drafts(Clock.systemUTC())),
        new QueuePage(forms),
        new TasksPage(forms),
        new AuditPage(forms),
        new AccountPages(forms, sessions),
        new DocumentActions(forms, uploads));
  }
}
