package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
  @Test
  void blankLinesSeparateParagraphsAndLinesWithinOneAreJoined() {
    assertThat(Paragraphs.split("Note verbale\r\ndated 1 May\n\n  \nThe Mission\npresents\n\n"))
        .containsExactly("Note verbale dated 1 May", "The Mission presents");
  }

  @Test
  void theShownTitleIsTheReadersElseTheOriginalElseEnglish() {
    assertThat(Hits.shownLanguage(Language.FR, Language.RU, List.of(Language.FR, Language.EN)))
        .isEqualTo(Language.FR);
    assertThat(Hits.shownLanguage(Language.ZH, Language.RU, List.of(Language.RU, Language.EN)))
        .isEqualTo(Language.RU);
    assertThat(Hits.shownLanguage(Language.ZH, Language.RU, List.of(Language.AR, Language.EN)))
        .isEqualTo(Language.EN);
    assertThat(Hits.shownLanguage(Language.ZH, null, List.of(Language.ES, Language.AR)))
        .isEqualTo(Language.AR);
  }
}
