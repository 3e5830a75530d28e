package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each language writes, it reads back: format → parse over seeded random values. */
class RoundTripTest {
  private static final LocalDate FIRST = LocalDate.of(1946, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  private static LocalDate randomDate(Random random) {
    return FIRST.plusDays(random.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 1));
  }

  /** What was found in {@code text} is {@code expected} alone. */
  private static <T> void assertFindsOnly(List<Match<T>> found, String text, T expected) {
    assertThat(found).as(text).extracting(Match::value).containsExactly(expected);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void datesReadBackWithTheirOffsets(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Random random = new Random(20200506L + language.ordinal());
    for (int i = 0; i < 500; i++) {
      LocalDate date = randomDate(random);
      String written = conventions.formatDate(date);
      assertThat(conventions.parseDate(written)).as(written).contains(date);
      String line = "(voir " + written + ")";
      assertThat(conventions.findDates(line))
          .as(line)
          .containsExactly(new Match<>(date, 6, 6 + written.length()));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void dateRangesReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Random random = new Random(20190909L + language.ordinal());
    for (int i = 0; i < 500; i++) {
      LocalDate first = randomDate(random);
      // Same month, same year or across years, in roughly equal shares.
      LocalDate last = first.plusDays(1 + random.nextInt(random.nextBoolean() ? 20 : 400));
      DateRange range = new DateRange(first, last);
      String written = conventions.formatDateRange(range);
      assertThat(conventions.parseDateRange(written)).as(written).contains(range);
      assertThat(conventions.findDates(written))
          .as(written)
          .extracting(Match::value)
          .containsExactly(first, last);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void sessionsOneToAHundredReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    for (int n = 1; n <= 100; n++) {
      String heading = conventions.sessionHeading(n);
      assertThat(conventions.parseSessionHeading(heading)).as(heading).hasValue(n);
      String reference = "… " + conventions.sessionReference(n) + " …";
      assertFindsOnly(conventions.findSessionReferences(reference), reference, n);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void agendaHeadingsReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Random random = new Random(4L + language.ordinal());
    for (int i = 0; i < 200; i++) {
      List<Integer> items = new ArrayList<>();
      for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
        items.add(1 + random.nextInt(150));
      }
      AgendaHeading heading = new AgendaHeading(items, random.nextInt(4) == 0);
      String written = conventions.agendaHeading(heading);
      assertThat(conventions.parseAgendaHeading(written)).as(written).contains(heading);
      String reference = conventions.agendaReference(heading);
      assertFindsOnly(conventions.findAgendaReferences(reference), reference, heading);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyStateIsReadBackByNameAndInItsOfForm(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    for (String state : Countries.states()) {
      String name = conventions.countryName(state);
      assertThat(conventions.parseCountry(name)).as(name).contains(state);
      String of = conventions.ofCountry(state);
      assertFindsOnly(conventions.findCountries(of), of, state);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void titlesReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Random random = new Random(17L + language.ordinal());
    List<String> states = Countries.states();
    for (int i = 0; i < 200; i++) {
      Communication communication =
          new Communication(
              random.nextBoolean() ? DocType.NOTE_VERBALE : DocType.LETTER,
              randomDate(random),
              states.get(random.nextInt(states.size())),
              DutyStation.values()[random.nextInt(DutyStation.values().length)],
              Addressee.values()[random.nextInt(Addressee.values().length)]);
      String title = conventions.formatTitle(communication);
      CommunicationTitle parsed =
          conventions.parseTitle(title).orElseThrow(() -> new AssertionError(title));
      assertThat(parsed.type()).as(title).isEqualTo(communication.type());
      assertThat(parsed.date()).as(title).isEqualTo(communication.date());
      assertThat(parsed.country()).as(title).contains(communication.country());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void mastheadLinesReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    for (Distribution distribution : Distribution.values()) {
      assertThat(conventions.parseDistributionLine(conventions.distributionLine(distribution)))
          .contains(distribution);
    }
    for (Language original : Language.values()) {
      assertThat(conventions.parseOriginalLanguageLine(conventions.originalLanguageLine(original)))
          .contains(original);
    }
    assertThat(conventions.parseVersionLanguageLine(conventions.versionLanguageLine()))
        .contains(language);
    for (Language named : Language.values()) {
      // The name of every language in this one, as a version line in any case and spacing.
      String name = named.nameIn(language);
      assertThat(conventions.parseVersionLanguageLine("\u00A0 " + name.toUpperCase(Locale.ROOT)))
          .as(name)
          .contains(named);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void annexesReadBack(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    assertThat(conventions.isReproducedAsReceivedNote(conventions.reproducedAsReceivedNote(false)))
        .isTrue();
    assertThat(conventions.isReproducedAsReceivedNote(conventions.reproducedAsReceivedNote(true)))
        .isTrue();
    for (int n = 0; n <= 12; n++) {
      AnnexHeading heading = new AnnexHeading(n);
      assertThat(conventions.parseAnnexHeading(conventions.annexHeading(heading)))
          .as(conventions.annexHeading(heading))
          .contains(heading);
    }
  }
}
