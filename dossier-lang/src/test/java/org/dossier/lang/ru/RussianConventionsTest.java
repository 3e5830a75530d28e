package org.dossier.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.DateRange;
import org.dossier.lang.DutyStation;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.lang.ru.RussianDeclension.Case;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class RussianConventionsTest {
  private final LanguageConventions ru = LanguageConventions.of(Language.RU);

  @Test
  void datesUseTheGenitiveMonthAndGoda() {
    // Rule: genitive month, then the year and "года".
    assertThat(ru.formatDate(LocalDate.of(1975, 11, 10))).isEqualTo("10 ноября 1975 года");
    assertThat(ru.parseDate("10 ноября 1975 г.")).contains(LocalDate.of(1975, 11, 10));
    assertThat(ru.findDates("от 10 ноября 1975 года"))
        .containsExactly(new Match<>(LocalDate.of(1975, 11, 10), 3, 22));
  }

  @Test
  void rangesWithDashOrSPo() {
    // Rule: "9–27 сентября 2019 года"; "с 24 февраля по 20 марта 2020 года" is read too.
    DateRange range = new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20));
    assertThat(
            ru.formatDateRange(new DateRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 27))))
        .isEqualTo("9–27 сентября 2019 года");
    assertThat(ru.findDateRanges("с 24 февраля по 20 марта 2020 года"))
        .extracting(Match::value)
        .containsExactly(range);
  }

  @Test
  void sessionHeadingIsAFeminineOrdinal() {
    // Rule: "сессия" is feminine; the UN writes "е" for "ё".
    assertThat(ru.sessionHeading(43)).isEqualTo("Сорок третья сессия");
    assertThat(ru.sessionHeading(24)).isEqualTo("Двадцать четвертая сессия");
    assertThat(ru.parseSessionHeading("Двадцать четвёртая сессия")).hasValue(24);
  }

  @Test
  void sessionReferencesAreDeclined() {
    // Rule: running text declines the ordinal: "документа сорок третьей сессии".
    assertThat(ru.sessionReference(43)).isEqualTo("сорок третьей сессии");
    assertThat(ru.findSessionReferences("на сорок третьей сессии Совета"))
        .extracting(Match::value)
        .containsExactly(43);
  }

  @Test
  void agendaHeadings() {
    // Rule: "Пункт(ы) … [предварительной] повестки дня", items joined by "и".
    assertThat(ru.agendaHeading(AgendaHeading.of(13, 115)))
        .isEqualTo("Пункты 13 и 115 повестки дня");
    assertThat(ru.agendaHeading(new AgendaHeading(List.of(12), true)))
        .isEqualTo("Пункт 12 предварительной повестки дня");
    assertThat(ru.findAgendaReferences("по пункту 4 повестки дня"))
        .extracting(Match::value)
        .containsExactly(AgendaHeading.of(4));
  }

  @Test
  void mastheadLinesStayInEnglish() {
    // Rule: Russian mastheads keep "Distr.:" and "Original:" in English.
    assertThat(ru.distributionLine(Distribution.GENERAL)).isEqualTo("Distr.: General");
    assertThat(ru.originalLanguageLine(Language.EN)).isEqualTo("Original: English");
    assertThat(ru.parseOriginalLanguageLine("Original: английский")).contains(Language.EN);
  }

  @Test
  void nounsDeclineBySuffix() {
    // Rule: consonant stems take -а/-у/-е; -ия takes -ии; -а takes -ы (-и after к, г, х…).
    assertThat(RussianDeclension.decline("Азербайджан", Case.GENITIVE)).isEqualTo("Азербайджана");
    assertThat(RussianDeclension.decline("Азербайджан", Case.PREPOSITIONAL))
        .isEqualTo("Азербайджане");
    assertThat(RussianDeclension.decline("Франция", Case.DATIVE)).isEqualTo("Франции");
    assertThat(RussianDeclension.decline("Канада", Case.GENITIVE)).isEqualTo("Канады");
    assertThat(RussianDeclension.decline("Шри-Ланка", Case.GENITIVE)).isEqualTo("Шри-Ланки");
  }

  @Test
  void adjectivesAgreeAndComplementsStay() {
    // Rule: leading adjectives agree with the first noun; what follows it does not decline.
    assertThat(RussianDeclension.decline("Российская Федерация", Case.GENITIVE))
        .isEqualTo("Российской Федерации");
    assertThat(RussianDeclension.decline("Республика Корея", Case.DATIVE))
        .isEqualTo("Республике Корея");
    assertThat(RussianDeclension.decline("Соединенные Штаты Америки", Case.GENITIVE))
        .isEqualTo("Соединенных Штатов Америки");
    assertThat(RussianDeclension.decline("Святейший Престол", Case.GENITIVE))
        .isEqualTo("Святейшего Престола");
  }

  @Test
  void aLastWordIsANounAndPossessivesAgree() {
    // Rule: "Маврикий" is a noun ("Маврикия"); "Маршалловы" agrees with "Острова".
    assertThat(RussianDeclension.decline("Маврикий", Case.GENITIVE)).isEqualTo("Маврикия");
    // Regression: the fleeting vowel of "Египет" (found by the independent corpus generator).
    assertThat(RussianDeclension.decline("Египет", Case.GENITIVE)).isEqualTo("Египта");
    assertThat(RussianDeclension.decline("Маршалловы Острова", Case.GENITIVE))
        .isEqualTo("Маршалловых Островов");
    assertThat(RussianDeclension.decline("Папуа — Новая Гвинея", Case.GENITIVE))
        .isEqualTo("Папуа — Новой Гвинеи");
  }

  @Test
  void foreignVowelStemsAreIndeclinable() {
    // Rule: Того, Перу, Чили, Никарагуа do not decline.
    assertThat(RussianDeclension.decline("Того", Case.GENITIVE)).isEqualTo("Того");
    assertThat(RussianDeclension.decline("Чили", Case.DATIVE)).isEqualTo("Чили");
    assertThat(RussianDeclension.decline("Никарагуа", Case.GENITIVE)).isEqualTo("Никарагуа");
  }

  @Test
  void countriesAreFoundInAnyCase() {
    String text =
        "Постоянного представительства Азербайджанской Республики, в Азербайджане и"
            + " в Российской Федерации";
    assertThat(ru.findCountries(text))
        .extracting(Match::value)
        .containsExactly("AZE", "AZE", "RUS");
    assertThat(ru.ofCountry("AZE")).isEqualTo("Азербайджана");
  }

  @Test
  void titleNamesTheSenderInTheGenitiveFirst() {
    String title =
        ru.formatTitle(
            new Communication(
                DocType.NOTE_VERBALE,
                LocalDate.of(2020, 4, 8),
                "AZE",
                DutyStation.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE));
    assertThat(title)
        .isEqualTo(
            "Вербальная нота Постоянного представительства Азербайджана при Отделении Организации"
                + " Объединенных Наций в Женеве от 8 апреля 2020 года на имя Управления Верховного"
                + " комиссара Организации Объединенных Наций по правам человека");
    assertThat(ru.parseTitle(title).orElseThrow().date()).isEqualTo(LocalDate.of(2020, 4, 8));
  }

  @Test
  void reproducedAsReceivedNote() {
    assertThat(
            ru.isReproducedAsReceivedNote(
                "Приложение воспроизводится в том виде, в каком оно было получено, только на"
                    + " языке оригинала."))
        .isTrue();
    assertThat(ru.isReproducedAsReceivedNote("Распространяется только на языке оригинала."))
        .isTrue();
    assertThat(ru.isReproducedAsReceivedNote("Приложение прилагается.")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void agendaSubItemsAreReadAsTheirItem() {
    assertThat(ru.parseAgendaHeading("Пункт 75 b) повестки дня").orElseThrow().items())
        .containsExactly(75);
    assertThat(ru.parseAgendaHeading("Пункт 75 b) повестки дня")).isPresent();
    assertThat(ru.parseAgendaHeading("Пункты 70 a) и 72 повестки дня")).isPresent();
  }
}
