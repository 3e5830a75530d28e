package org.dossier.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.CommunicationTitle;
import org.dossier.lang.DateRange;
import org.dossier.lang.DutyStation;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchConventionsTest {
  private final LanguageConventions fr = LanguageConventions.of(Language.FR);

  @Test
  void firstOfTheMonthIsWrittenPremier() {
    // Rule: the ordinal "1er" for the first day, cardinals otherwise, lower-case months.
    assertThat(fr.formatDate(LocalDate.of(2020, 4, 1))).isEqualTo("1er avril 2020");
    assertThat(fr.formatDate(LocalDate.of(2020, 8, 24))).isEqualTo("24 août 2020");
    assertThat(fr.parseDate("1er avril 2020")).contains(LocalDate.of(2020, 4, 1));
  }

  @Test
  void monthsAreReadWithoutAccentsOrInCapitals() {
    // Rule: tolerant of case and of lost accents.
    assertThat(fr.parseDate("24 AOÛT 2020")).contains(LocalDate.of(2020, 8, 24));
    assertThat(fr.parseDate("3 fevrier 2020")).contains(LocalDate.of(2020, 2, 3));
  }

  @Test
  void rangesUseAHyphen() {
    // Rule: "24 février-20 mars 2020" (hyphen without spaces); "du … au …" is read too.
    DateRange range = new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20));
    assertThat(fr.formatDateRange(range)).isEqualTo("24 février-20 mars 2020");
    assertThat(fr.parseDateRange("24 février – 20 mars 2020")).contains(range);
    assertThat(fr.findDateRanges("du 24 février au 20 mars 2020"))
        .extracting(Match::value)
        .containsExactly(range);
  }

  @Test
  void sessionOrdinalsAreFeminineWithUnSpellingOfEt() {
    // Rule: feminine ordinal ("session" is feminine); "vingt et unième" without hyphens.
    assertThat(fr.sessionHeading(43)).isEqualTo("Quarante-troisième session");
    assertThat(fr.sessionHeading(1)).isEqualTo("Première session");
    assertThat(fr.sessionHeading(21)).isEqualTo("Vingt et unième session");
    assertThat(fr.parseSessionHeading("Vingt-et-unième session")).hasValue(21);
  }

  @Test
  void sessionReferenceInRunningText() {
    String text = "adoptée lors de la quarante-troisième session du Conseil";
    assertThat(fr.findSessionReferences(text)).extracting(Match::value).containsExactly(43);
    assertThat(fr.sessionReference(71)).isEqualTo("la soixante et onzième session");
  }

  @Test
  void agendaHeadings() {
    // Rule: "Point(s) … de l'ordre du jour [provisoire]", items joined by "et".
    assertThat(fr.agendaHeading(AgendaHeading.of(4))).isEqualTo("Point 4 de l'ordre du jour");
    assertThat(fr.agendaHeading(AgendaHeading.of(13, 115)))
        .isEqualTo("Points 13 et 115 de l'ordre du jour");
    assertThat(fr.agendaHeading(new AgendaHeading(List.of(12), true)))
        .isEqualTo("Point 12 de l'ordre du jour provisoire");
    assertThat(fr.parseAgendaHeading("Point 12 de l’ordre du jour provisoire"))
        .contains(new AgendaHeading(List.of(12), true));
  }

  @Test
  void agendaReferenceContractsTheArticle() {
    // Rule: "au titre du point" / "au titre des points".
    assertThat(fr.agendaReference(AgendaHeading.of(4)))
        .isEqualTo("au titre du point 4 de l'ordre du jour");
    assertThat(fr.findAgendaReferences("au titre du point 4 de l'ordre du jour."))
        .extracting(Match::value)
        .containsExactly(AgendaHeading.of(4));
  }

  @Test
  void distributionHasNoColonAndAgreesInGender() {
    // Rule: "Distr. générale" (feminine: la distribution), no colon.
    assertThat(fr.distributionLine(Distribution.GENERAL)).isEqualTo("Distr. générale");
    assertThat(fr.parseDistributionLine("Distr. restreinte")).contains(Distribution.RESTRICTED);
    assertThat(fr.parseDistributionLine("Distr.: General")).contains(Distribution.GENERAL);
  }

  @Test
  void originalLineHasASpaceBeforeTheColon() {
    // Rule: French typography, "Original : anglais".
    assertThat(fr.originalLanguageLine(Language.EN)).isEqualTo("Original : anglais");
    assertThat(fr.parseOriginalLanguageLine("Original : anglais")).contains(Language.EN);
    assertThat(fr.versionLanguageLine()).isEqualTo("Français");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          AZE | de l'Azerbaïdjan
          MEX | du Mexique
          USA | des États-Unis d'Amérique
          FRA | de la France
          CUB | de Cuba
          ISR | d'Israël
          HTI | d'Haïti
          HND | du Honduras
          SLE | de la Sierra Leone
          BOL | de l'État plurinational de Bolivie
          """)
  void countryArticlesAndElision(String alpha3, String of) {
    // Rule: de + article contracts (du, des), elides before a vowel (de l'), none for islands.
    assertThat(fr.ofCountry(alpha3)).isEqualTo(of);
  }

  @Test
  void countriesAreFoundWithTheirArticles() {
    String text = "le Gouvernement de la République d'Azerbaïdjan, du Mexique et des États-Unis";
    List<Match<String>> found = fr.findCountries(text);
    assertThat(found).extracting(Match::value).containsExactly("AZE", "MEX", "USA");
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("de la République d'Azerbaïdjan");
  }

  @Test
  void titleNamesTheAddresseeBeforeTheSender() {
    // Rule: "adressée au … par …" — addressee first, unlike English.
    String title =
        fr.formatTitle(
            new Communication(
                DocType.NOTE_VERBALE,
                LocalDate.of(2021, 3, 1),
                "DZA",
                DutyStation.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE));
    assertThat(title)
        .isEqualTo(
            "Note verbale datée du 1er mars 2021, adressée au Haut-Commissariat des Nations Unies"
                + " aux droits de l'homme par la Mission permanente de l'Algérie auprès de"
                + " l'Office des Nations Unies à Genève");
    CommunicationTitle parsed = fr.parseTitle(title).orElseThrow();
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(parsed.country()).contains("DZA");
    assertThat(parsed.addressee())
        .isEqualTo("au Haut-Commissariat des Nations Unies aux droits de l'homme");
  }

  @Test
  void letterTitle() {
    String title =
        fr.formatTitle(
            new Communication(
                DocType.LETTER,
                LocalDate.of(2019, 9, 9),
                "MEX",
                DutyStation.NEW_YORK,
                Addressee.SECRETARY_GENERAL));
    assertThat(title)
        .startsWith(
            "Lettre datée du 9 septembre 2019, adressée au Secrétaire général par le Représentant"
                + " permanent du Mexique");
    assertThat(fr.parseTitle(title).orElseThrow().type()).isEqualTo(DocType.LETTER);
  }

  @Test
  void reproducedAsReceivedNoteSingularAndPlural() {
    assertThat(
            fr.isReproducedAsReceivedNote(
                "* L’annexe est reproduite telle qu’elle a été reçue, dans la langue originale"
                    + " uniquement"))
        .isTrue();
    assertThat(fr.isReproducedAsReceivedNote("« " + fr.reproducedAsReceivedNote(true) + " »"))
        .isTrue();
    assertThat(fr.isReproducedAsReceivedNote("\\* " + fr.reproducedAsReceivedNote(false))).isTrue();
    assertThat(fr.isReproducedAsReceivedNote("L'annexe est jointe.")).isFalse();
  }

  @Test
  void annexHeading() {
    assertThat(fr.annexHeading(new AnnexHeading(1))).isEqualTo("Annexe I");
    assertThat(fr.parseAnnexHeading("Annexe 3")).contains(new AnnexHeading(3));
  }
}
