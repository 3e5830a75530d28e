package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The readers never throw on text they do not understand: they find nothing instead. */
class GarbageInputTest {
  /** Pieces that look like the start of something: digits, month names, keywords, particles. */
  private static final String[] PIECES = {
    "1",
    "31",
    "2020",
    "99999999999",
    "٢٠١١",
    "年",
    "月",
    "日",
    "至",
    "–",
    "-",
    " ",
    "  ",
    "\u00A0",
    "February",
    "février",
    "de",
    "ноября",
    "года",
    "حزيران/",
    "يونيه",
    "session",
    "сессия",
    "الدورة",
    "agenda item",
    "Point",
    "de l'ordre du jour",
    "Tema",
    "пункт",
    "البند",
    "议程项目",
    "第",
    "届会议",
    "Republic of ",
    "the ",
    "du ",
    "لل",
    "ال",
    "Azerbaijan",
    "Note verbale dated",
    "from",
    "addressed to",
    "º",
    "er",
    ",",
    "/",
    "(",
    ")",
    "*",
    "Annex",
    "附件",
    "Distr.",
    ":",
    "Original"
  };

  @ParameterizedTest
  @EnumSource(Language.class)
  void randomFragmentsAreReadWithoutErrors(Language language) {
    LanguageConventions conventions = LanguageConventions.of(language);
    Random random = new Random(1946L + language.ordinal());
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0, count = 1 + random.nextInt(12); k < count; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      assertThatCode(
              () -> {
                conventions.findDates(input);
                conventions.findDateRanges(input);
                conventions.parseDate(input);
                conventions.parseDateRange(input);
                conventions.parseSessionHeading(input);
                conventions.findSessionReferences(input);
                conventions.parseAgendaHeading(input);
                conventions.findAgendaReferences(input);
                conventions.parseDistributionLine(input);
                conventions.parseOriginalLanguageLine(input);
                conventions.parseVersionLanguageLine(input);
                conventions.parseCountry(input);
                conventions.findCountries(input);
                conventions.parseTitle(input);
                conventions.isReproducedAsReceivedNote(input);
                conventions.parseAnnexHeading(input);
              })
          .as(input)
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void agendaHeadingsWithImpossibleItemNumbersReadAsNothing(Language language) {
    // Regression: "Agenda item 0" made the parser fail instead of leaving the field unknown.
    LanguageConventions conventions = LanguageConventions.of(language);
    String heading = conventions.agendaHeading(AgendaHeading.of(4));
    for (String impossible : new String[] {"0", "123456789012"}) {
      String input = heading.replace("4", impossible);
      assertThat(conventions.parseAgendaHeading(input)).as(input).isEmpty();
      assertThat(conventions.findAgendaReferences("see " + input)).as(input).isEmpty();
    }
  }
}
