package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.DocumentRecord.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {

  private static List<Citation> find(String text) {
    return Citations.find(text, List.of());
  }

  private static List<String> symbols(String text) {
    return find(text).stream().map(Citation::symbol).toList();
  }

  @Test
  void securityCouncilResolutionsWithYearsFormAList() {
    List<Citation> found =
        find("the Council adopted resolutions 822 (1993), 853 (1993) and 884 (1993).");

    assertThat(found)
        .containsExactly(
            new Citation("resolutions 822 (1993)", "S/RES/822 (1993)"),
            new Citation("853 (1993)", "S/RES/853 (1993)"),
            new Citation("884 (1993)", "S/RES/884 (1993)"));
  }

  @Test
  void symbolsWrittenOutAreCitedAsPrinted() {
    assertThat(find("on the basis of (S/RES/822, S/RES/853)."))
        .containsExactly(
            new Citation("S/RES/822", "S/RES/822"), new Citation("S/RES/853", "S/RES/853"));
  }

  @Test
  void sessionNumberPairIsAGeneralAssemblyResolution() {
    assertThat(symbols("pursuant to resolution 60/251 of 15 March 2006"))
        .containsExactly("A/RES/60/251");
  }

  @Test
  void theCouncilNamedBeforeMakesItACouncilResolution() {
    assertThat(
            symbols("Human Rights Council resolution 5/1 and General Assembly resolution 48/141"))
        .containsExactly("A/HRC/RES/5/1", "A/RES/48/141");
  }

  @Test
  void councilDecisionsNeedTheCouncilNamed() {
    assertThat(symbols("Human Rights Council decisions 1/105 and 2/103"))
        .containsExactly("A/HRC/DEC/1/105", "A/HRC/DEC/2/103");
    assertThat(symbols("decision 1/105")).containsExactly((String) null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "la résolution 5/1 du Conseil des droits de l'homme|A/HRC/RES/5/1",
        "les résolutions 822 (1993) et 853 (1993)|S/RES/822 (1993)",
        "la resolución 5/1 del Consejo de Derechos Humanos|A/HRC/RES/5/1",
        "las resoluciones 822 (1993) y 853 (1993)|S/RES/822 (1993)",
        "резолюцией 5/1 Совета по правам человека|A/HRC/RES/5/1",
        "резолюции 822 (1993) и 853 (1993)|S/RES/822 (1993)",
        "قرار مجلس حقوق الإنسان 5/1|A/HRC/RES/5/1",
        "القرارات 822 (1993) و 853 (1993)|S/RES/822 (1993)",
        "人权理事会第5/1号决议|A/HRC/RES/5/1",
        "安全理事会第822(1993)号决议|S/RES/822 (1993)",
        "大会第60/251号决议|A/RES/60/251"
      })
  void allSixLanguagesWordingIsRead(String text, String firstSymbol) {
    assertThat(symbols(text)).first().isEqualTo(firstSymbol);
  }

  @Test
  void yearNumberedResolutionsAreTheEconomicAndSocialCouncils() {
    assertThat(symbols("in accordance with resolution 1996/31")).containsExactly("E/RES/1996/31");
    assertThat(symbols("резолюции 2008/4 Экономического и Социального Совета"))
        .containsExactly("E/RES/2008/4");
  }

  @Test
  void symbolsRightAfterChineseCharactersAreFound() {
    assertThat(symbols("根据A/HRC/37/L.1号文件")).containsExactly("A/HRC/37/L.1");
  }

  @Test
  void theDocumentsOwnSymbolIsNoCitation() {
    assertThat(Citations.find("A/HRC/46/G/5 and A/HRC/46/G/4", List.of("A/HRC/46/G/5")))
        .extracting(Citation::symbol)
        .containsExactly("A/HRC/46/G/4");
  }

  @Test
  void aLongRunOfNumbersDoesNotBacktrackCatastrophically() {
    StringBuilder text = new StringBuilder("resolutions ");
    for (int i = 1; i <= 5_000; i++) {
      text.append(i).append(" (1993), ");
    }

    assertThat(find(text.append("and more").toString())).hasSizeGreaterThan(100);
  }
}
