package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class PhraseBankTest {
  private final PhraseBank english = PhraseBank.of(Language.EN);

  @Test
  void everyBankHasTheEnglishKeysVariantsAndSlots() {
    for (Language language : Language.values()) {
      PhraseBank bank = PhraseBank.of(language);
      assertThat(bank.keys()).as(language.code()).isEqualTo(english.keys());
      for (String key : english.keys()) {
        assertThat(bank.size(key)).as(language + " [" + key + "]").isEqualTo(english.size(key));
        for (int i = 0; i < english.size(key); i++) {
          assertThat(new HashSet<>(bank.get(key, i).slots()))
              .as(language + " [" + key + "] variant " + (i + 1))
              .isEqualTo(new HashSet<>(english.get(key, i).slots()));
        }
      }
    }
  }

  @Test
  void frenchPrepositionsContractWithTheArticleOfASlot() {
    Template template = Template.parse("rappelant de {x} et à {y}", "test");
    assertThat(template.fill(Map.of("x", "le document", "y", "les résolutions"), Language.FR))
        .isEqualTo("rappelant du document et aux résolutions");
  }

  @Test
  void spanishPrepositionsContractWithTheArticleOfASlot() {
    Template template = Template.parse("documento del {x} y a {y}", "test");
    assertThat(
            template.fill(Map.of("x", "el cuadragésimo período", "y", "el Consejo"), Language.ES))
        .isEqualTo("documento del cuadragésimo período y al Consejo");
  }

  @Test
  void otherLanguagesAndOtherWordsAreLeftAlone() {
    Template template = Template.parse("continuer de {x}", "test");
    assertThat(template.fill(Map.of("x", "le faire"), Language.EN))
        .isEqualTo("continuer de le faire");
    assertThat(template.fill(Map.of("x", "la Suisse"), Language.FR))
        .isEqualTo("continuer de la Suisse");
  }

  @Test
  void aMissingSlotValueNamesTheTemplateAndTheSlot() {
    Template template = Template.parse("of {ofCountry}", "phrases_en.txt:12");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.fill(Map.of(), Language.EN))
        .hasMessage("phrases_en.txt:12: no value for slot {ofCountry}");
  }
}
