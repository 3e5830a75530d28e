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

  private static List<String> symbolsIn(String text, Citations.Issuer own) {
    return Citations.find(text, List.of(), own).stream().map(Citation::symbol).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Recalling Council resolution 5/1 and its decision 17/119",
        "rappelant la résolution 5/1 du Conseil et sa décision 17/119",
        "recordando la resolución 5/1 del Consejo y su decisión 17/119"
      })
  void itsAndABareCouncilCiteTheDocumentsOwnBody(String text) {
    assertThat(symbolsIn(text, Citations.Issuer.HUMAN_RIGHTS_COUNCIL))
        .containsExactly("A/HRC/RES/5/1", "A/HRC/DEC/17/119");
    assertThat(symbolsIn("recalling its resolution 58/29", Citations.Issuer.GENERAL_ASSEMBLY))
        .containsExactly("A/RES/58/29");
  }

  @Test
  void itsAfterANamedBodyIsThatBodys() {
    assertThat(
            symbolsIn(
                "como recordó la Asamblea General en su resolución 47/133",
                Citations.Issuer.HUMAN_RIGHTS_COUNCIL))
        .containsExactly("A/RES/47/133");
  }

  @Test
  void aCouncilNamedInFullIsNoBareCouncil() {
    assertThat(
            symbolsIn(
                "Economic and Social Council resolution 1996/31",
                Citations.Issuer.HUMAN_RIGHTS_COUNCIL))
        .containsExactly("E/RES/1996/31");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Human Rights Council resolutions 7/22 of 28 March 2008 and 15/9 of 30 September 2010",
        "les résolutions 7/22 du 28 mars 2008 et 15/9 du 30 septembre 2010 du Conseil des droits de l'homme",
        "las resoluciones del Consejo de Derechos Humanos 7/22, de 28 de marzo de 2008, y 15/9"
      })
  void listItemsMayCarryTheirDatesAndTheCouncilMayBeNamedInside(String text) {
    assertThat(symbols(text)).contains("A/HRC/RES/7/22").hasSize(2);
    assertThat(symbols(text).get(1)).endsWith("/RES/15/9");
  }

  @Test
  void commissionOnHumanRightsResolutionsAreItsOwn() {
    assertThat(symbols("Commission on Human Rights resolution 2005/21"))
        .containsExactly("E/CN.4/RES/2005/21");
    assertThat(symbols("la résolution 2005/21 de la Commission des droits de l'homme"))
        .containsExactly("E/CN.4/RES/2005/21");
  }
}
