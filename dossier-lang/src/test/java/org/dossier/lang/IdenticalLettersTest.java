package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Identical letters to the Secretary-General and the President of the Security Council, as
 * circulated under a joint General Assembly and Security Council masthead, in the six languages.
 */
class IdenticalLettersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|Identical letters dated 5 May 2020 from the Permanent Representative of Ghana to the"
            + " United Nations addressed to the Secretary-General and the President of the Security"
            + " Council|the Secretary-General and the President of the Security Council",
        "FR|Lettres identiques datées du 5 mai 2020, adressées au Secrétaire général et à la"
            + " Présidente du Conseil de sécurité par le Représentant permanent du Ghana auprès de"
            + " l'Organisation des Nations Unies|au Secrétaire général et à la Présidente du Conseil"
            + " de sécurité",
        "ES|Cartas idénticas de fecha 5 de mayo de 2020 dirigidas al Secretario General y a la"
            + " Presidencia del Consejo de Seguridad por el Representante Permanente de Ghana ante"
            + " las Naciones Unidas|al Secretario General y a la Presidencia del Consejo de"
            + " Seguridad",
        "RU|Идентичные письма Постоянного представителя Ганы при Организации Объединенных Наций от"
            + " 5 мая 2020 года на имя Генерального секретаря и Председателя Совета"
            + " Безопасности|Генерального секретаря и Председателя Совета Безопасности",
        "AR|رسالتان متطابقتان مؤرختان 5 أيار/مايو 2020 موجهتان إلى الأمين العام ورئيس مجلس الأمن من"
            + " الممثل الدائم لغانا لدى الأمم المتحدة|إلى الأمين العام ورئيس مجلس الأمن",
        "ZH|2020年5月5日加纳常驻联合国代表给秘书长和安全理事会主席的同文信|秘书长和安全理事会主席"
      })
  void identicalLettersGiveDateBothAddresseesAndTheSendingState(
      Language language, String title, String addressee) {
    CommunicationTitle parts = LanguageConventions.of(language).parseTitle(title).orElseThrow();

    assertThat(parts.type()).isEqualTo(DocType.LETTER);
    assertThat(parts.date()).isEqualTo(LocalDate.of(2020, 5, 5));
    assertThat(parts.addressee()).isEqualTo(addressee);
    assertThat(parts.country()).contains("GHA");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  void identicalLettersTitlesAreWrittenAndReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Communication letters =
        new Communication(
            DocType.LETTER,
            LocalDate.of(2021, 6, 2),
            "GHA",
            DutyStation.NEW_YORK,
            Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL);

    CommunicationTitle parts =
        conventions.parseTitle(conventions.formatTitle(letters)).orElseThrow();

    assertThat(parts.type()).isEqualTo(DocType.LETTER);
    assertThat(parts.date()).isEqualTo(letters.date());
    assertThat(parts.country()).contains("GHA");
  }
}
