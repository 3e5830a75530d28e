package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.dossier.corpus.GeneratedDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code /{lang}/{symbol}} on a real server: any spelling → canonical URL; unknown → did you mean.
 */
class SymbolResolverTest {
  private final TestServer server = TestServer.shared();

  private String aSymbol() {
    return server.truth().stream()
        .map(GeneratedDocument::symbol)
        .filter(symbol -> symbol.contains("/Corr."))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the test corpus should hold a corrigendum"));
  }

  @Test
  void anySpellingRedirectsToTheCanonicalUrl() {
    String symbol = aSymbol(); // such as A/HRC/42/2/Corr.1
    for (String spelling :
        new String[] {
          symbol.toLowerCase(Locale.ROOT), symbol.replace('/', '_'), symbol + "%20", "%20" + symbol
        }) {
      HttpResponse<String> response = server.get("/fr/" + spelling);
      assertThat(response.statusCode()).as(spelling).isEqualTo(301);
      assertThat(response.headers().firstValue("Location")).hasValue("/fr/" + symbol);
    }
    HttpResponse<String> language = server.get("/FRA/" + symbol + "?view=side");
    assertThat(language.statusCode()).isEqualTo(301);
    assertThat(language.headers().firstValue("Location")).hasValue("/fr/" + symbol + "?view=side");
  }

  @Test
  void theCanonicalUrlIsHandedOnToThePagesNotRedirected() {
    HttpResponse<String> response = server.get("/fr/" + aSymbol());
    assertThat(response.statusCode()).isNotEqualTo(301);
  }

  @Test
  void anUnknownSymbolGetsAHelpful404InTheReadersLanguage() {
    String symbol = aSymbol();
    String missing = symbol.replace("/Corr.1", "/Corr.7");
    HttpResponse<String> response = server.get("/ar/" + missing);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(response.body())
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("هل تقصد:")
        .doesNotContain("Did you mean")
        .contains("<a href=\"/ar/" + symbol + "\"");
    assertThat(server.get("/fr/" + missing).body())
        .contains("Aucun document ne porte la cote " + missing)
        .contains("<a href=\"/fr/" + symbol + "\"");
  }

  @Test
  void whatIsNotASymbolIsLeftToOtherRoutes() {
    HttpResponse<String> response = server.get("/en/no-such-page");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Did you mean");
  }
}
