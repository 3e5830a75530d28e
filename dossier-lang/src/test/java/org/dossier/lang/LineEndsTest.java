package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How each language wraps titles and words at line ends: one row per rule of its compounds, with a
 * word the rule must not take, and the words that never end a title.
 */
class LineEndsTest {

  @ParameterizedTest(name = "{0}: {1}-{2} → {3}")
  @CsvSource({
    // English: first parts that always keep the hyphen; compounds named whole.
    "EN, non, governmental, true",
    "EN, Self, determination, true",
    "EN, socio, economic, true",
    "EN, follow, up, true",
    "EN, follow, ing, false",
    "EN, capacity, building, true",
    "EN, decision, making, true",
    "EN, counter, terrorism, true",
    "EN, counter, parts, false",
    "EN, co, sponsors, true",
    "EN, co, operation, false",
    "EN, inter, national, false",
    "EN, Perma, nent, false",
    // French.
    "FR, non, prolifération, true",
    "FR, sous, régional, true",
    "FR, ci, jointe, true",
    "FR, ci, toyen, false",
    "FR, bien, être, true",
    "FR, porte, parole, true",
    "FR, organi, sation, false",
    // Spanish: prefixes are solid, adjective pairs keep the hyphen.
    "ES, político, militar, true",
    "ES, franco, alemán, true",
    "ES, co, operación, false",
    "ES, no, gubernamental, false",
    "ES, desarro, llo, false",
    // Russian: compound adjectives, adverbs in по-, titles.
    "RU, социально, экономического, true",
    "RU, политико, правовой, true",
    "RU, финансово, экономических, true",
    "RU, полно, мочий, false",
    "RU, право, охранительных, false",
    "RU, по, прежнему, true",
    "RU, по, мощи, false",
    "RU, вице, председатель, true",
    "RU, юго, восточной, true",
    "RU, органи, зации, false",
    // Arabic and Chinese write no hyphenated compounds at line ends.
    "AR, الأمم, المتحدة, false",
    "ZH, 玛丽, 克莱尔, false"
  })
  void compoundsKeepTheHyphenPrintersBreaksDoNot(
      Language language, String before, String after, boolean keeps) {
    assertThat(LanguageConventions.of(language).keepsLineEndHyphen(before, after)).isEqualTo(keeps);
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|reports of the Office of the|true",
        "EN|Promotion and protection of human rights|false",
        "FR|la situation des droits de l'|true",
        "FR|Promotion et protection des droits de l’|true",
        "FR|Examen périodique universel|false",
        "ES|la situación de los derechos humanos en|true",
        "ES|Órganos y mecanismos de derechos humanos|false",
        "RU|Поощрение и защита прав человека и|true",
        "RU|Органы и механизмы по правам человека|false",
        "AR|تعزيز حقوق الإنسان في|true",
        "AR|تعزيز حقوق الإنسان وحمايتها|false",
        "ZH|被占领土的局势以及有关人民的权利问题和保障这些权利的|true",
        "ZH|促进和保护人权|false"
      })
  void aLineEndingInAnArticlePrepositionOrConjunctionEndsMidPhrase(
      Language language, String line, boolean midPhrase) {
    assertThat(LanguageConventions.of(language).endsMidPhrase(line)).isEqualTo(midPhrase);
  }
}
