package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaItemTest {

  @Test
  void labelShowsTheSubItemInParentheses() {
    assertThat(AgendaItem.of(4).label()).isEqualTo("4");
    assertThat(new AgendaItem(68, "B", Map.of()).label()).isEqualTo("68 (b)");
    assertThat(new AgendaItem(68, "b", Map.of()).subItemLetter()).hasValue("b");
  }

  @Test
  void titlesAreKeptPerLanguage() {
    AgendaItem item =
        AgendaItem.of(4)
            .withTitle(Language.EN, "Human rights situations that require the Council's attention")
            .withTitle(
                Language.FR,
                " Situations relatives aux droits de l'homme qui requièrent l'attention du Conseil ");
    assertThat(item.title(Language.FR))
        .hasValue(
            "Situations relatives aux droits de l'homme qui requièrent l'attention du Conseil");
    assertThat(item.title(Language.ZH)).isEmpty();
    assertThat(item.titles()).containsOnlyKeys(Language.EN, Language.FR);
  }

  @Test
  void titlesCannotBeChangedFromOutside() {
    Map<Language, String> titles = new HashMap<>(Map.of(Language.EN, "Universal periodic review"));
    AgendaItem item = new AgendaItem(6, null, titles);
    titles.put(Language.FR, "Examen périodique universel");
    assertThat(item.titles()).containsOnlyKeys(Language.EN);
  }

  @Test
  void numberMustBePositive() {
    assertThatThrownBy(() -> AgendaItem.of(0))
        .hasMessage("AgendaItem.number must be 1 or more, was 0");
  }

  @Test
  void subItemIsOneLetter() {
    assertThatThrownBy(() -> new AgendaItem(68, "bb", Map.of()))
        .hasMessage("AgendaItem.subItem must be one letter such as \"b\", was \"bb\"");
  }

  @Test
  void blankTitleIsRejected() {
    assertThatThrownBy(() -> AgendaItem.of(4).withTitle(Language.RU, " "))
        .hasMessage("AgendaItem.titles must map languages to non-blank titles, had ru → \" \"");
  }
}
