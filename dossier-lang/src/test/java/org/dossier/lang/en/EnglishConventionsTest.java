package org.dossier.lang.en;

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

class EnglishConventionsTest {
  private final LanguageConventions en = LanguageConventions.of(Language.EN);

  @Test
  void datesAreDayMonthYear() {
    // Rule: D Month YYYY, no leading zero, no comma.
    assertThat(en.formatDate(LocalDate.of(2020, 5, 6))).isEqualTo("6 May 2020");
    assertThat(en.parseDate(" 6  may 2020 ")).contains(LocalDate.of(2020, 5, 6));
  }

  @Test
  void rangeSharesMonthAndYearWithAnEnDash() {
    // Rule: ranges drop the shared month and year from the first end and use an en dash.
    assertThat(
            en.formatDateRange(new DateRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 27))))
        .isEqualTo("9–27 September 2019");
    assertThat(
            en.formatDateRange(new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20))))
        .isEqualTo("24 February–20 March 2020");
    assertThat(
            en.formatDateRange(new DateRange(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3))))
        .isEqualTo("28 December 2020–3 January 2021");
  }

  @Test
  void rangesAreReadWithAnyDash() {
    // Rule: en dash, hyphen or em dash, with or without spaces.
    DateRange expected = new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20));
    assertThat(en.parseDateRange("24 February–20 March 2020")).contains(expected);
    assertThat(en.parseDateRange("24 February - 20 March 2020")).contains(expected);
    assertThat(en.parseDateRange("24 February—20 March 2020")).contains(expected);
  }

  @Test
  void findDatesReportsEachEndOfARangeWithItsOffsets() {
    String text = "Forty-third session, 24 February–20 March 2020, see note of 8 April 2020.";
    List<Match<LocalDate>> dates = en.findDates(text);
    assertThat(dates)
        .extracting(Match::value)
        .containsExactly(
            LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20), LocalDate.of(2020, 4, 8));
    assertThat(text.substring(dates.get(0).start(), dates.get(0).end())).isEqualTo("24 February");
    assertThat(text.substring(dates.get(1).start(), dates.get(1).end())).isEqualTo("20 March 2020");
  }

  @Test
  void impossibleDatesAreSkipped() {
    // Rule: 31 February is not a date.
    assertThat(en.findDates("on 31 February 2020 and 1 March 2020"))
        .extracting(Match::value)
        .containsExactly(LocalDate.of(2020, 3, 1));
  }

  @Test
  void sessionHeadingIsACapitalisedOrdinal() {
    // Rule: hyphenated ordinal, sentence case, then "session".
    assertThat(en.sessionHeading(43)).isEqualTo("Forty-third session");
    assertThat(en.sessionHeading(100)).isEqualTo("One hundredth session");
    assertThat(en.parseSessionHeading("FORTY-THIRD SESSION")).hasValue(43);
  }

  @Test
  void sessionReferencesAreFoundInRunningText() {
    String text = "adopted at the forty-third session of the Council";
    assertThat(en.findSessionReferences(text)).extracting(Match::value).containsExactly(43);
    assertThat(en.sessionReference(43)).isEqualTo("the forty-third session");
  }

  @Test
  void agendaHeadingsSingularPluralAndProvisional() {
    // Rule: "Agenda item n", "Agenda items a and b", "Item n of the provisional agenda".
    assertThat(en.agendaHeading(AgendaHeading.of(4))).isEqualTo("Agenda item 4");
    assertThat(en.agendaHeading(AgendaHeading.of(13, 115))).isEqualTo("Agenda items 13 and 115");
    assertThat(en.agendaHeading(new AgendaHeading(List.of(12), true)))
        .isEqualTo("Item 12 of the provisional agenda");
    assertThat(en.parseAgendaHeading("Agenda items 13 and 115"))
        .contains(AgendaHeading.of(13, 115));
    assertThat(en.parseAgendaHeading("Item 12 of the provisional agenda"))
        .contains(new AgendaHeading(List.of(12), true));
  }

  @Test
  void agendaReferencesInRunningText() {
    assertThat(en.agendaReference(AgendaHeading.of(4))).isEqualTo("under agenda item 4");
    assertThat(en.findAgendaReferences("circulate it under agenda item 4."))
        .extracting(Match::value)
        .containsExactly(AgendaHeading.of(4));
  }

  @Test
  void mastheadLines() {
    assertThat(en.distributionLine(Distribution.GENERAL)).isEqualTo("Distr.: General");
    assertThat(en.parseDistributionLine("Distr.:  LIMITED")).contains(Distribution.LIMITED);
    assertThat(en.originalLanguageLine(Language.FR)).isEqualTo("Original: French");
    assertThat(en.parseOriginalLanguageLine("Original: Spanish")).contains(Language.ES);
    assertThat(en.parseVersionLanguageLine("Français")).contains(Language.FR);
    assertThat(en.parseVersionLanguageLine("Chinese")).contains(Language.ZH);
  }

  @Test
  void countriesUseUnShortNames() {
    // Rule: UN short names override CLDR.
    assertThat(en.countryName("BOL")).isEqualTo("Bolivia (Plurinational State of)");
    assertThat(en.countryName("KOR")).isEqualTo("Republic of Korea");
    assertThat(en.countryName("AZE")).isEqualTo("Azerbaijan");
  }

  @Test
  void ofCountryTakesTheWhereTheUnDoes() {
    // Rule: "of the" before names that take the article; parenthesised kinds are turned round.
    assertThat(en.ofCountry("AZE")).isEqualTo("of Azerbaijan");
    assertThat(en.ofCountry("NER")).isEqualTo("of the Niger");
    assertThat(en.ofCountry("BOL")).isEqualTo("of the Plurinational State of Bolivia");
  }

  @Test
  void findCountriesPrefersLongFormsAndNeedsACapital() {
    String text = "the Republic of Azerbaijan and the Russian Federation, not a turkey";
    List<Match<String>> found = en.findCountries(text);
    assertThat(found).extracting(Match::value).containsExactly("AZE", "RUS");
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("the Republic of Azerbaijan");
  }

  @Test
  void noteVerbaleTitleRoundTrip() {
    Communication note =
        new Communication(
            DocType.NOTE_VERBALE,
            LocalDate.of(2021, 3, 3),
            "ARM",
            DutyStation.GENEVA,
            Addressee.HIGH_COMMISSIONER_OFFICE);
    String title = en.formatTitle(note);
    assertThat(title)
        .isEqualTo(
            "Note verbale dated 3 March 2021 from the Permanent Mission of Armenia to the United"
                + " Nations Office at Geneva addressed to the Office of the United Nations High"
                + " Commissioner for Human Rights");
    CommunicationTitle parsed = en.parseTitle(title).orElseThrow();
    assertThat(parsed.type()).isEqualTo(DocType.NOTE_VERBALE);
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(parsed.country()).contains("ARM");
    assertThat(parsed.addressee())
        .isEqualTo("the Office of the United Nations High Commissioner for Human Rights");
  }

  @Test
  void letterTitleFromNewYork() {
    String title =
        en.formatTitle(
            new Communication(
                DocType.LETTER,
                LocalDate.of(2011, 6, 14),
                "RUS",
                DutyStation.NEW_YORK,
                Addressee.SECRETARY_GENERAL));
    assertThat(title)
        .isEqualTo(
            "Letter dated 14 June 2011 from the Permanent Representative of the Russian Federation"
                + " to the United Nations addressed to the Secretary-General");
    assertThat(en.parseTitle(title).orElseThrow().country()).contains("RUS");
  }

  @Test
  void reproducedAsReceivedNote() {
    assertThat(en.isReproducedAsReceivedNote("* " + en.reproducedAsReceivedNote(false))).isTrue();
    assertThat(
            en.isReproducedAsReceivedNote(
                "The annexes to the present note verbale are reproduced as received, in the"
                    + " language of submission only."))
        .isTrue();
    assertThat(en.isReproducedAsReceivedNote("Circulated in the language of submission only."))
        .isTrue();
    assertThat(en.isReproducedAsReceivedNote("The annex is attached.")).isFalse();
  }

  @Test
  void annexHeadingsUseRomanNumerals() {
    assertThat(en.annexHeading(new AnnexHeading(2))).isEqualTo("Annex II");
    assertThat(en.parseAnnexHeading("Annex IV")).contains(new AnnexHeading(4));
    assertThat(en.parseAnnexHeading("ANNEX")).contains(new AnnexHeading(0));
  }

  @Test
  void titleParsingToleratesOtherSendersStationsAndIdenticalLetters() {
    // Rule: sender and addressee are read as printed, whatever the mission, office or station.
    CommunicationTitle vienna =
        en.parseTitle(
                "Letter dated 5 May 2020 from the Chargé d'affaires a.i. of the Permanent Mission of"
                    + " Armenia to the United Nations (Vienna) addressed to the Secretary-General")
            .orElseThrow();
    assertThat(vienna.country()).contains("ARM");
    assertThat(vienna.addressee()).isEqualTo("the Secretary-General");
    CommunicationTitle identical =
        en.parseTitle(
                "Identical letters dated 2 March 2021 from the Permanent Observer of the State of"
                    + " Palestine to the United Nations addressed to the Secretary-General and the"
                    + " President of the Security Council")
            .orElseThrow();
    assertThat(identical.type()).isEqualTo(DocType.LETTER);
    assertThat(identical.country()).contains("PSE");
  }

  @Test
  void rangeAcrossNewYearTakesTheYearBefore() {
    // Rule: a first end without a year that would fall after the last end is in the year before.
    assertThat(en.parseDateRange("28 December–3 January 2021"))
        .contains(new DateRange(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3)));
  }
}
