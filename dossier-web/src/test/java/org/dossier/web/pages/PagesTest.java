package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page of the reading room over a real server, read with the JDK's HTTP client. */
class PagesTest {
  private static final Pattern FIRST_HIT = Pattern.compile("<h3><a href=\"(/en/[^\"?]+)\">");
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(12);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRootSendsReadersToTheirOfficialLanguage() {
    assertThat(
            server.get("/", "Accept-Language", "de-CH, fr;q=0.8").headers().firstValue("Location"))
        .hasValue("/fr/");
    assertThat(server.get("/", "Accept-Language", "zh-CN").headers().firstValue("Location"))
        .hasValue("/zh/");
    assertThat(server.get("/").headers().firstValue("Location")).hasValue("/en/");
    assertThat(server.get("/ru").headers().firstValue("Location")).hasValue("/ru/");
  }

  @Test
  void everyPageDeclaresItsLanguageAndArabicRunsRightToLeft() {
    assertThat(page("/ar/")).contains("<html lang=\"ar\" dir=\"rtl\">").contains("بحث");
    assertThat(page("/zh/")).contains("<html lang=\"zh\" dir=\"ltr\">").contains("搜索");
    assertThat(page("/ru/browse")).contains("<html lang=\"ru\" dir=\"ltr\">").contains("Органы");
    assertThat(page("/es/countries")).contains("<html lang=\"es\"").contains("Estados autores");
  }

  @Test
  void theHomePageOffersTheSearchBoxTheBodiesAndTheLatestDocuments() {
    assertThat(page("/en/"))
        .contains("<form class=\"search\" role=\"search\"")
        .contains("href=\"/en/browse?body=HRC\">Human Rights Council</a>")
        .contains("Latest documents")
        .contains("class=\"hit\"");
  }

  @Test
  void aSearchListsDocumentsWithHighlightsFacetsAndSorts() {
    String html = page("/en/search?q=rights");
    assertThat(html)
        .containsPattern("Documents found: \\d+")
        .contains("<mark>")
        .contains("<h3>Body</h3>")
        .contains("filter=body%3AHRC")
        .contains("Newest first");
    assertThat(page("/fr/search?q=rights")).containsPattern("Documents trouvés : \\d+");
  }

  @Test
  void aFacetFiltersAndCanBeRemoved() {
    String html = page("/en/search?q=&filter=body:HRC");
    assertThat(html)
        .contains("Body: Human Rights Council")
        .contains("aria-current=\"true\"")
        .doesNotContain("<span class=\"symbol\" dir=\"ltr\">A/7");
  }

  @Test
  void aQueryThatCannotBeReadShowsItsColumn() {
    HttpResponse<String> response = server.get("/en/search?q=rights+AND+%22open");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("The query cannot be read at column 12.")
        .contains("rights AND <mark>\"open</mark>");
  }

  @Test
  void aBadParameterIsNamedWithWhatIsExpected() {
    HttpResponse<String> response = server.get("/en/search?q=x&filter=colour:red");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("filter: expected facet:value with a facet among body, session, agenda")
        .doesNotContain("Exception");
    assertThat(server.get("/en/search?q=x&sort=size").body())
        .contains("sort: expected one of relevance, newest, oldest, got 'size'");
  }

  @Test
  void nothingFoundSaysWhatToTry() {
    assertThat(page("/en/search?q=zzyzxqqq"))
        .contains("No document matches this search.")
        .contains("remove a filter");
  }

  @Test
  void aDocumentPageShowsTheMastheadTheTextAndTheOtherVersions() {
    String path = firstDocument("body:GA");
    String html = page(path + "?version=fr");
    assertThat(html)
        .contains("<header class=\"masthead\" lang=\"fr\" dir=\"ltr\">")
        .contains("Nations Unies")
        .contains("Assemblée générale")
        .contains("Distr. générale")
        .contains("<div class=\"body-text\" lang=\"fr\" dir=\"ltr\">")
        .contains("Language versions")
        .contains("hreflang=\"ar\"")
        .contains("Compare with")
        .contains("href=\"/api/v1/versions/fr" + path.substring(3) + "?format=akn\"")
        .contains("href=\"/api/v1/versions/fr" + path.substring(3) + "?format=original\"");
    assertThat(page(path + "?version=ar"))
        .contains("<header class=\"masthead\" lang=\"ar\" dir=\"rtl\">")
        .contains("الأمم المتحدة")
        .contains("الجمعية العامة");
  }

  @Test
  void theDownloadsOfAVersionAreServed() {
    String html = page(firstDocument("body:GA") + "?version=fr");
    Matcher download =
        Pattern.compile("<a href=\"(/api/v1/versions/fr/[^\"?]+)\\?format=(\\w+)\" download>")
            .matcher(html);
    int formats = 0;
    while (download.find()) {
      HttpResponse<String> file = server.get(download.group(1) + "?format=" + download.group(2));
      assertThat(file.statusCode()).as(download.group(0)).isEqualTo(200);
      if (download.group(2).equals("akn")) {
        assertThat(file.body()).contains("akomaNtoso");
      }
      formats++;
    }
    assertThat(formats).isEqualTo(4);
  }

  @Test
  void twoVersionsSideBySideAreAlignedBySentence() {
    String path = firstDocument("body:GA");
    String html = page(path + "?version=en&with=ar");
    assertThat(html)
        .contains("<table class=\"parallel\" data-aligned=\"sentences\">")
        .contains("Aligned by sentence:");
    int english = count(html, "<td lang=\"en\" dir=\"ltr\"");
    int arabic = count(html, "<td lang=\"ar\" dir=\"rtl\"");
    assertThat(english).isPositive().isEqualTo(arabic);
    // A row is one tab stop, not each of its sentences.
    assertThat(count(html, "<tr tabindex=\"0\"><td lang=\"en\"")).isEqualTo(english);
    assertThat(html).doesNotContain("class=\"segment\" tabindex");
  }

  @Test
  void familiesAreLinkedBothWays() {
    Matcher corrigendum =
        Pattern.compile("href=\"(/en/([^\"?]+)/Corr\\.(\\d+))\">").matcher(page("/en/search?q="));
    assertThat(corrigendum.find()).as("a corrigendum in the corpus").isTrue();
    String base = "/en/" + corrigendum.group(2);
    assertThat(page(base)).contains("Corrected by <a href=\"" + corrigendum.group(1) + "\"");
    assertThat(page(corrigendum.group(1).replace("/en/", "/fr/")))
        .contains("Rectifie <a href=\"" + base.replace("/en/", "/fr/") + "\"");
  }

  @Test
  void citationsAreLinkedBothWays() {
    Matcher hits = FIRST_HIT.matcher(page("/en/search?q="));
    Pattern cited =
        Pattern.compile(
            "<h2 id=\"cites-heading\">Cites</h2>\\s*<ul class=\"links\">\\s*<li><a href=\"([^\"]+)\"");
    while (hits.find()) {
      Matcher cites = cited.matcher(page(hits.group(1)));
      if (cites.find()) {
        assertThat(page(cites.group(1)))
            .contains("Cited by")
            .contains("<a href=\"" + hits.group(1) + "\" dir=\"ltr\">");
        return;
      }
    }
    throw new AssertionError("no document of the corpus cites a catalogued one");
  }

  @Test
  void browsingLeadsFromBodiesToSessionsWithDatesToAgendaItemsInTheReadersLanguage() {
    assertThat(page("/fr/browse")).contains("Conseil des droits de l'homme");
    String sessions = page("/fr/browse?body=HRC");
    Matcher session =
        Pattern.compile("href=\"/fr/browse\\?body=HRC&amp;session=(\\d+)\">([^<]+)</a>")
            .matcher(sessions);
    assertThat(session.find()).isTrue();
    assertThat(session.group(2)).endsWith("session");
    assertThat(sessions)
        .containsPattern("<span class=\"detail\">\\d+ [a-zéû]+-\\d+ [a-zéû]+ \\d{4}");
    String items = page("/fr/browse?body=HRC&session=" + session.group(1));
    assertThat(items)
        .contains("de l'ordre du jour")
        .contains("<span class=\"entry-title\" lang=\"fr\"");
    HttpResponse<String> missing = server.get("/fr/browse?body=HRC&session=999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page introuvable");
  }

  @Test
  void theCountryPageListsWhatAStateSubmitted() {
    String countries = page("/en/countries");
    Matcher country = Pattern.compile("href=\"(/en/countries/[A-Z]{3})\">").matcher(countries);
    assertThat(country.find()).isTrue();
    assertThat(page(country.group(1))).contains("Documents submitted by").contains("class=\"hit\"");
    assertThat(server.get("/en/countries/XYZ").statusCode()).isEqualTo(404);
  }

  @Test
  void theRegistrarsListShowsDocumentsWaitingForASymbol() {
    assertThat(page("/en/provisional")).contains("Documents waiting for a symbol");
  }

  @Test
  void anUnknownAddressIsALocalisedNotFoundPage() {
    HttpResponse<String> response = server.get("/es/nothing/here/at/all");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Página no encontrada").contains("lang=\"es\"");
  }

  @Test
  void theAssetsAreBundled() {
    HttpResponse<String> css = server.get("/static/dossier.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=UTF-8");
    assertThat(page("/en/")).doesNotContain("https://").doesNotContain("http://");
  }

  private static String page(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    return response.body();
  }

  private static String firstDocument(String query) {
    Matcher hit = FIRST_HIT.matcher(page("/en/search?q=" + query.replace(":", "%3A")));
    assertThat(hit.find()).as("a hit for " + query).isTrue();
    return hit.group(1);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
