package org.dossier.lang.es;

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
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishConventionsTest {
  private final LanguageConventions es = LanguageConventions.of(Language.ES);

  @Test
  void datesJoinDayMonthAndYearWithDe() {
    // Rule: "D de mes de AAAA", lower-case month.
    assertThat(es.formatDate(LocalDate.of(2007, 12, 3))).isEqualTo("3 de diciembre de 2007");
    assertThat(es.parseDate("3 de Diciembre de 2007")).contains(LocalDate.of(2007, 12, 3));
  }

  @Test
  void firstOfTheMonthIsAnOrdinal() {
    // Rule: "1º de abril"; "1o" and "1.º" are read too.
    assertThat(es.formatDate(LocalDate.of(2008, 4, 1))).isEqualTo("1º de abril de 2008");
    assertThat(es.parseDate("1o de abril de 2008")).contains(LocalDate.of(2008, 4, 1));
    assertThat(es.parseDate("1.º de abril de 2008")).contains(LocalDate.of(2008, 4, 1));
  }

  @Test
  void rangesUseTheWordA() {
    // Rule: "11 a 18 de junio de 2007", "3 de marzo a 1º de abril de 2008".
    DateRange june = new DateRange(LocalDate.of(2007, 6, 11), LocalDate.of(2007, 6, 18));
    DateRange spring = new DateRange(LocalDate.of(2008, 3, 3), LocalDate.of(2008, 4, 1));
    assertThat(es.formatDateRange(june)).isEqualTo("11 a 18 de junio de 2007");
    assertThat(es.formatDateRange(spring)).isEqualTo("3 de marzo a 1º de abril de 2008");
    assertThat(es.parseDateRange("11 – 18 de junio de 2007")).contains(june);
  }

  @Test
  void sessionOrdinalsTakeApocopeBeforeTheNoun() {
    // Rule: "tercero" → "tercer", "primero" → "primer" before "período".
    assertThat(es.sessionHeading(43)).isEqualTo("Cuadragésimo tercer período de sesiones");
    assertThat(es.sessionHeading(1)).isEqualTo("Primer período de sesiones");
    assertThat(es.sessionHeading(62)).isEqualTo("Sexagésimo segundo período de sesiones");
    assertThat(es.parseSessionHeading("Cuadragésimo tercero período de sesiones")).hasValue(43);
  }

  @Test
  void elevenAndTwelveAreUndecimoAndDuodecimo() {
    // Rule: UN forms for 11 and 12; ICU's "decimoprimer" is read too.
    assertThat(es.sessionHeading(11)).isEqualTo("Undécimo período de sesiones");
    assertThat(es.sessionHeading(12)).isEqualTo("Duodécimo período de sesiones");
    assertThat(es.parseSessionHeading("Decimoprimer período de sesiones")).hasValue(11);
  }

  @Test
  void numericSessionHeadingsAreRead() {
    // Rule: later mastheads write "43º período de sesiones".
    assertThat(es.parseSessionHeading("43º período de sesiones")).hasValue(43);
    assertThat(es.findSessionReferences("en su 43º período de sesiones"))
        .extracting(Match::value)
        .containsExactly(43);
  }

  @Test
  void agendaHeadingsOfTheCouncilAndTheAssembly() {
    // Rule: HRC "de la agenda" (written), GA "del programa" (read).
    assertThat(es.agendaHeading(AgendaHeading.of(4))).isEqualTo("Tema 4 de la agenda");
    assertThat(es.agendaHeading(AgendaHeading.of(13, 115)))
        .isEqualTo("Temas 13 y 115 de la agenda");
    assertThat(es.parseAgendaHeading("Tema 65 del programa")).contains(AgendaHeading.of(65));
    assertThat(es.parseAgendaHeading("Tema 12 del programa provisional"))
        .contains(new AgendaHeading(List.of(12), true));
  }

  @Test
  void agendaWordDependsOnTheBody() {
    // Rule: "agenda" for the Human Rights Council and its subsidiaries, "programa" elsewhere.
    assertThat(es.agendaHeading(AgendaHeading.of(65), Body.GENERAL_ASSEMBLY))
        .isEqualTo("Tema 65 del programa");
    assertThat(es.agendaHeading(AgendaHeading.of(3), Body.HUMAN_RIGHTS_COUNCIL_ADVISORY_COMMITTEE))
        .isEqualTo("Tema 3 de la agenda");
    assertThat(es.agendaReference(AgendaHeading.of(12), Body.ECONOMIC_AND_SOCIAL_COUNCIL))
        .isEqualTo("en relación con el tema 12 del programa");
  }

  @Test
  void distributionIsGeneralLimitadaReservada() {
    assertThat(es.distributionLine(Distribution.GENERAL)).isEqualTo("Distr. general");
    assertThat(es.parseDistributionLine("Distr. GENERAL")).contains(Distribution.GENERAL);
    assertThat(es.parseDistributionLine("Distr. reservada")).contains(Distribution.RESTRICTED);
    assertThat(es.originalLanguageLine(Language.EN)).isEqualTo("Original: inglés");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          AZE | de Azerbaiyán
          PER | del Perú
          RUS | de la Federación de Rusia
          USA | de los Estados Unidos de América
          VEN | de la República Bolivariana de Venezuela
          """)
  void countryNamesTakeTheirArticleAfterDe(String alpha3, String of) {
    // Rule: "de" + article by usage or by head noun, "de" + "el" → "del".
    assertThat(es.ofCountry(alpha3)).isEqualTo(of);
  }

  @Test
  void countriesAreFoundAfterArticles() {
    String text = "la Misión Permanente del Perú y de la República de Azerbaiyán";
    List<Match<String>> found = es.findCountries(text);
    assertThat(found).extracting(Match::value).containsExactly("PER", "AZE");
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("del Perú");
  }

  @Test
  void titleNamesTheAddresseeBeforeTheSender() {
    String title =
        es.formatTitle(
            new Communication(
                DocType.NOTE_VERBALE,
                LocalDate.of(2020, 4, 1),
                "AZE",
                DutyStation.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE));
    assertThat(title)
        .isEqualTo(
            "Nota verbal de fecha 1º de abril de 2020 dirigida a la Oficina del Alto Comisionado de"
                + " las Naciones Unidas para los Derechos Humanos por la Misión Permanente de"
                + " Azerbaiyán ante la Oficina de las Naciones Unidas en Ginebra");
    assertThat(es.parseTitle(title).orElseThrow().country()).contains("AZE");
  }

  @Test
  void reproducedAsReceivedNoteVariants() {
    assertThat(
            es.isReproducedAsReceivedNote(
                "Se distribuye únicamente en el idioma en que se presentó."))
        .isTrue();
    assertThat(
            es.isReproducedAsReceivedNote(
                "* El anexo se reproduce tal como se recibió, en el idioma en que se presentó"
                    + " únicamente."))
        .isTrue();
    assertThat(es.isReproducedAsReceivedNote("El anexo se adjunta.")).isFalse();
  }
}
