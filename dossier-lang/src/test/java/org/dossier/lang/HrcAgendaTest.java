package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class HrcAgendaTest {
  @Test
  void everyItemHasAnEnglishTitle() {
    for (int item = 1; item <= HrcAgenda.ITEMS; item++) {
      assertThat(HrcAgenda.title(item, Language.EN)).as("item %d", item).isPresent();
    }
    assertThat(HrcAgenda.title(4, Language.EN))
        .contains("Human rights situations that require the Council's attention");
  }

  @Test
  void unknownTitlesAreAbsentNotInvented() {
    assertThat(HrcAgenda.title(4, Language.FR))
        .contains(
            "Situations relatives aux droits de l'homme qui requièrent l'attention du Conseil");
    assertThat(HrcAgenda.title(5, Language.FR)).isEmpty();
    assertThat(HrcAgenda.title(2, Language.RU)).isEmpty();
  }

  @Test
  void itemOutsideTheAgendaIsAnError() {
    assertThatThrownBy(() -> HrcAgenda.title(11, Language.EN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 10, got 11");
  }
}
