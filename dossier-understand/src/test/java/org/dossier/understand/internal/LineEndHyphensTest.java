package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndHyphensTest {

  private static String joined(Language language, String text) {
    List<Line> lines =
        LineEndHyphens.resolve(SourceReader.splitLines(text), LanguageConventions.of(language));
    return Paragraphs.of(lines).getFirst().text();
  }

  /** Each row: the lines (a backslash-n between them) and the paragraph they make. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|the Perma-\\nnent Mission|the Permanent Mission",
        "EN|a non-\\ngovernmental body|a non-governmental body",
        "EN|the follow-\\ning day|the following day",
        "EN|its follow-\\nup report|its follow-up report",
        "EN|the Secretary-\\nGeneral|the Secretary-General",
        "FR|une organi-\\nsation sous-\\nrégionale|une organisation sous-régionale",
        "FR|la lettre ci-\\njointe et le citoy-\\nen|la lettre ci-jointe et le citoyen",
        "ES|la situación político-\\nmilitar|la situación político-militar",
        "ES|la co-\\noperación técnica|la cooperación técnica",
        "RU|социально-\\nэкономического развития|социально-экономического развития",
        "RU|его полно-\\nмочий|его полномочий",
        "RU|по-\\nпрежнему|по-прежнему",
        "RU|правоохра-\\nнительных органов|правоохранительных органов",
        "AR|الأمم-\\nالمتحدة|الأمم-المتحدة",
        "ZH|玛丽-\\n克莱尔|玛丽-克莱尔"
      })
  void printersHyphensAreRemovedAndCompoundsKeepTheirs(
      Language language, String lines, String paragraph) {
    assertThat(joined(language, lines.replace("\\n", "\n"))).isEqualTo(paragraph);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"the Perma-\\n\\nnent", "the Perma-"})
  void aPrintersHyphenThatJoinsNothingIsPrintedAsItCame(String text) {
    assertThat(joined(Language.EN, text.replace("\\n", "\n"))).isEqualTo("the Perma-");
  }
}
