package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLanguageHasEveryString() {
    for (Language language : Language.values()) {
      assertThat(Messages.of(language).keys())
          .as(language.code())
          .containsExactlyInAnyOrderElementsOf(Messages.of(Language.EN).keys());
      for (String key : Messages.of(language).keys()) {
        assertThat(Messages.of(language).get(key)).as(language + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void stringsFillInTheirArgument() {
    assertThat(Messages.of(Language.FR).get("search.found", "12"))
        .isEqualTo("Documents trouvés : 12");
    assertThat(Messages.of(Language.ZH).get("countries.documents", "瑞士")).isEqualTo("瑞士提交的文件");
  }

  @Test
  void numbersUseWesternDigitsInEveryLanguage() {
    assertThat(Messages.of(Language.EN).number(12345)).isEqualTo("12,345");
    assertThat(Messages.of(Language.AR).number(7)).isEqualTo("7");
    assertThat(Messages.of(Language.AR).number(12345)).matches("12\\D?345");
  }
}
