package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class MastheadReaderTest {

  @Test
  void everySessionHeadingTheConventionsWritePassesTheCheapSessionTest() {
    for (Language language : Language.values()) {
      LanguageConventions conventions = LanguageConventions.of(language);
      for (int number = 1; number <= LanguageConventions.MAX_SESSION; number++) {
        String heading = conventions.sessionHeading(number);
        assertThat(MastheadReader.namesSession(heading)).as(heading).isTrue();
        assertThat(MastheadReader.namesSession(heading.toUpperCase(Locale.ROOT)))
            .as(heading)
            .isTrue();
      }
    }
  }

  @Test
  void sessionsNamedByTheirYearPassTheCheapSessionTest() {
    for (String heading :
        List.of(
            "2020 session",
            "Session de 2020",
            "Período de sesiones de 2020",
            "Сессия 2020 года",
            "دورة عام 2020",
            "2020年届会")) {
      assertThat(MastheadReader.namesSession(heading)).as(heading).isTrue();
    }
  }

  @Test
  void otherMastheadLinesFailTheCheapSessionTest() {
    for (String line : List.of("General Assembly", "Distr.: General", "Agenda item 4")) {
      assertThat(MastheadReader.namesSession(line)).as(line).isFalse();
    }
  }
}
