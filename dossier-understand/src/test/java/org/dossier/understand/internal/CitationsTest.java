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
  void aJointDocumentIsCitedByBothItsSymbols() {
    assertThat(find("7 A/67/828-S/2013/210, annex."))
        .containsExactly(
            new Citation("A/67/828-S/2013/210", "A/67/828"),
            new Citation("A/67/828-S/2013/210", "S/2013/210"));
  }

  @Test
  void treatySecretariatsSymbolsAreCited() {
    assertThat(symbols("7 Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."))
        .containsExactly("FCCC/CP/2015/10/Add.1");
  }

  @Test
  void aDecisionAfterACitedSymbolAndACommaLocatesATextInThatDocument() {
    assertThat(
            symbols(
                "11 United Nations Environment Programme, document CBD/COP/15/17, decision"
                    + " 15/4, annex."))
        .containsExactly("CBD/COP/15/17");
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Recalling Council resolution 5/1 and its decision 17/119",
        "rappelant la résolution 5/1 du Conseil et sa décision 17/119",
        "recordando la resolución 5/1 del Consejo y su decisión 17/119"
      })
  void itsAndABareCouncilCiteTheDocumentsOwnBody(String text) {
    assertThat(symbolsIn("Human Rights Council", text))
        .containsExactly("A/HRC/RES/5/1", "A/HRC/DEC/17/119");
    assertThat(symbolsIn("General Assembly", "recalling its resolution 58/29"))
        .containsExactly("A/RES/58/29");
  }

  @Test
  void itsAfterANamedBodyIsThatBodys() {
    assertThat(
            symbolsIn(
                "Human Rights Council", "como recordó la Asamblea General en su resolución 47/133"))
        .containsExactly("A/RES/47/133");
  }

  @Test
  void aCouncilNamedInFullIsNoBareCouncil() {
    assertThat(symbolsIn("Human Rights Council", "Economic and Social Council resolution 1996/31"))
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

  private static List<String> symbolsIn(String body, String text) {
    return Citations.find(text, List.of(), body).stream().map(Citation::symbol).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ссылаясь на резолюции 54/47, 56/16 и 58/29 Генеральной Ассамблеи"
            + "|A/RES/54/47 A/RES/56/16 A/RES/58/29",
        "ссылаясь также на свои резолюции 15/9 и 33/10|A/HRC/RES/15/9 A/HRC/RES/33/10",
        "ссылаясь на свое решение 43/115|A/HRC/DEC/43/115",
        "ссылаясь на все свои предыдущие резолюции по этому вопросу, в том числе на резолюции 41/21"
            + " и 44/7|A/HRC/RES/41/21 A/HRC/RES/44/7",
        "и резолюция 1325 (2000) Совета Безопасности|S/RES/1325 (2000)"
      })
  void russianOwnResolutionsAreTheDocumentBodys(String text, String symbols) {
    assertThat(symbolsIn("Human Rights Council", text))
        .containsExactly(symbols.split(" (?=[A-Z])"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "وإذ يشير أيضاً إلى قراريه 15/9 و33/10|A/HRC/RES/15/9 A/HRC/RES/33/10",
        "إذ يشير إلى قراره 42/3 ومقرره 43/115|A/HRC/RES/42/3 A/HRC/DEC/43/115",
        "يقدم عملاً بقرار الجمعية العامة 75/182|A/RES/75/182",
        "وفقاً لقرار مجلس حقوق الإنسان 5/1|A/HRC/RES/5/1",
        "ومقرر مجلس حقوق الإنسان 2/102|A/HRC/DEC/2/102",
        "والقرارين 1325 (2000) و 2535 (2020)|S/RES/1325 (2000) S/RES/2535 (2020)",
        "قرار مجلس الأمن 1325 (2000)|S/RES/1325 (2000)",
        "القرار 48/141|A/RES/48/141"
      })
  void arabicJoinedWordsAndPossessivesAreRead(String text, String symbols) {
    assertThat(symbolsIn("Human Rights Council", text))
        .containsExactly(symbols.split(" (?=[A-Z])"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "回顾大会第54/47号、第56/16号和第58/29号决议|A/RES/54/47 A/RES/56/16 A/RES/58/29",
        "又回顾人权理事会第15/9和33/10号决议|A/HRC/RES/15/9 A/HRC/RES/33/10",
        "根据人权理事会2007年6月18日第5/1号决议|A/HRC/RES/5/1",
        "回顾人权理事会2019年7月12日第41/21号决议和2020年7月16日第44/7号决议" + "|A/HRC/RES/41/21 A/HRC/RES/44/7",
        "回顾理事会第42/3号决议和第43/115号决定|A/HRC/RES/42/3 A/HRC/DEC/43/115",
        "回顾其第42/3号决议|A/HRC/RES/42/3",
        "以及第1325(2000)号和第2535(2020)号决议|S/RES/1325 (2000) S/RES/2535 (2020)"
      })
  void chineseListsAndDatedCitationsKeepTheirIssuer(String text, String symbols) {
    assertThat(symbolsIn("Human Rights Council", text))
        .containsExactly(symbols.split(" (?=[A-Z])"));
  }

  @Test
  void theCouncilAloneIsTheDocumentsCouncilOnlyInACouncilsDocument() {
    assertThat(symbolsIn("General Assembly", "理事会第42/3号决议")).containsExactly("A/RES/42/3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ссылаясь также на резолюцию 2625 (XXV) от 24 октября 1970 года",
        "وإذ تشير أيضاً إلى قرارها 2625 (د-25)",
        "又回顾1970年10月24日第2625(XXV)号决议"
      })
  void resolutionsOfSessionsBefore1976HaveTheSessionInRomanNumerals(String text) {
    assertThat(symbolsIn("General Assembly", text)).containsExactly("A/RES/2625 (XXV)");
  }

  // A resolution adopted in parts before 1976 is cited with the part's letter between its number
  // and its session: 217 A (III), the Universal Declaration of Human Rights. Each language writes
  // the letter its own way (Cyrillic А in Russian, the letter's name ألف in Arabic, no space before
  // the parenthesis in Chinese); the symbol is the model's, the letter before the session.
  @Test
  void anEnglishLetteredResolutionBefore1976IsCitedWithItsLetter() {
    assertThat(
            find(
                "Recalling the Universal Declaration of Human Rights, proclaimed in resolution"
                    + " 217 A (III) of 10 December 1948,"))
        .containsExactly(new Citation("resolution 217 A (III)", "A/RES/217 A (III)"));
  }

  @Test
  void aFrenchLetteredResolutionBefore1976IsCitedWithItsLetter() {
    assertThat(
            find(
                "Rappelant la Déclaration universelle des droits de l'homme (résolution 217 A (III)"
                    + " du 10 décembre 1948) et sa résolution 2625 (XXV),"))
        .containsExactly(
            new Citation("résolution 217 A (III)", "A/RES/217 A (III)"),
            new Citation("résolution 2625 (XXV)", "A/RES/2625 (XXV)"));
  }

  @Test
  void aSpanishLetteredResolutionBefore1976IsCitedWithItsLetter() {
    assertThat(
            find(
                "Recordando la Declaración Universal de Derechos Humanos, aprobada por la"
                    + " Asamblea General en su resolución 217 A (III), de 10 de diciembre de 1948,"))
        .containsExactly(new Citation("resolución 217 A (III)", "A/RES/217 A (III)"));
  }

  @Test
  void aRussianLetteredResolutionBefore1976IsCitedWithItsCyrillicOrLatinLetter() {
    // "217 \u0410": the Cyrillic capital А, which Russian texts write for the part's letter.
    assertThat(
            find(
                "ссылаясь на Всеобщую декларацию прав человека, принятую резолюцией 217 \u0410"
                    + " (III) Генеральной Ассамблеи, и на резолюции 31/16 \u0412 и 2625 (XXV),"))
        .containsExactly(
            new Citation("резолюцией 217 \u0410 (III)", "A/RES/217 A (III)"),
            new Citation("резолюции 31/16 \u0412", "A/RES/31/16 B"),
            new Citation("2625 (XXV)", "A/RES/2625 (XXV)"));
    assertThat(symbols("в резолюции 217 A (III) Генеральной Ассамблеи"))
        .containsExactly("A/RES/217 A (III)");
  }

  @Test
  void anArabicLetteredResolutionIsCitedWithTheLettersName() {
    assertThat(
            find(
                "وإذ تشير إلى الإعلان العالمي لحقوق الإنسان الذي اعتُمد بموجب قرار الجمعية العامة"
                    + " 217 ألف (د-3) المؤرخ 10 كانون الأول/ديسمبر 1948"))
        .containsExactly(new Citation("قرار الجمعية العامة 217 ألف (د-3)", "A/RES/217 A (III)"));
    // After 1976 too: 58/1 B is 58/1 باء.
    assertThat(symbols("على النحو المبين في قرارها 58/1 باء المؤرخ 23 كانون الأول/ديسمبر 2003"))
        .containsExactly("A/RES/58/1 B");
  }

  @Test
  void aChineseLetteredResolutionBefore1976IsCitedWithItsLetter() {
    assertThat(find("回顾大会1948年12月10日第217 A(III)号决议通过的《世界人权宣言》"))
        .containsExactly(new Citation("第217 A(III)号决议", "A/RES/217 A (III)"));
    assertThat(symbols("大会第217A(III)号决议和第2625(XXV)号决议"))
        .containsExactly("A/RES/217 A (III)", "A/RES/2625 (XXV)");
  }

  @Test
  void aRussianPrepositionAfterACitedNumberIsNoLetter() {
    // "в" (in) and "с" (with) look like the Cyrillic letters of parts В and С.
    assertThat(symbols("в соответствии с резолюцией 60/251 в целях укрепления"))
        .containsExactly("A/RES/60/251");
  }

  @Test
  void aNumberCitedAgainWithoutItsIssuerKeepsTheIssuerItHadBefore() {
    assertThat(
            symbolsIn(
                "Human Rights Council",
                "ссылаясь на свою резолюцию 42/3, постановляет перенести доклад, запрошенный в"
                    + " резолюции 42/3."))
        .containsOnly("A/HRC/RES/42/3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "إذ يشير إلى جميع قراراته السابقة بشأن الحق في التعليم، ولا سيما القرار 44/3|A/HRC/RES/44/3",
        "回顾理事会以往关于受教育权的所有决议，特别是第44/3号决议|A/HRC/RES/44/3",
        "ссылаясь на свои резолюции по этому вопросу, в частности на резолюцию 44/3|A/HRC/RES/44/3",
        "إذ يشير إلى القرار 44/3|A/RES/44/3"
      })
  void itsOwnTextsThenSomeOfThemAreItsOwn(String text, String symbol) {
    assertThat(symbolsIn("Human Rights Council", text)).containsExactly(symbol);
  }
}
