package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Mission has the honour to transmit the report of the meeting.|EN",
        "La Mission a l'honneur de transmettre le rapport de la réunion.|FR",
        "La Misión tiene el honor de transmitir el informe de la reunión.|ES",
        "Представительство имеет честь препроводить доклад.|RU",
        "وتتشرف البعثة بأن تحيل التقرير.|AR",
        "代表团谨转递会议的报告。|ZH"
      })
  void scriptThenFunctionWordsDecide(String text, Language expected) {
    assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
  }
}
