package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  @Test
  void wrappedLinesJoinedBySingleSpacesGiveTheTextBack() {
    SplittableRandom random = new SplittableRandom(1);
    String text =
        "Letter dated 3 June 2019 from the Permanent Representative of Norway to the United"
            + " Nations addressed to the Secretary-General, concerning the safety of journalists"
            + " in the region.  Two spaces  here.";
    for (int i = 0; i < 50; i++) {
      int width = 10 + random.nextInt(80);
      List<String> lines = TextRenderer.wrap(text, width);
      assertThat(String.join(" ", lines)).isEqualTo(text);
    }
  }

  @Test
  void linesAreAtMostTheWidthWhenWordsAllowIt() {
    List<String> lines = TextRenderer.wrap("aaa bbb ccc ddd eee fff", 7);
    assertThat(lines).containsExactly("aaa bbb", "ccc ddd", "eee fff");
  }

  @Test
  void textWithoutSpacesStaysOnOneLine() {
    assertThat(TextRenderer.wrap("人权理事会第四十三届会议议程项目4", 5)).hasSize(1);
  }

  @Test
  void hyphenationBreaksOnlyLongLowerCaseWordsAndKeepsTheirLetters() {
    List<String> lines =
        TextRenderer.wrap("The Permanent Mission welcomes the implementation of them", 40, true);

    assertThat(lines)
        .containsExactly("The Permanent Mission welcomes the impl-", "ementation of them");
    assertThat(TextRenderer.wrap("Of the Representatives Mission", 20, true))
        .containsExactly("Of the", "Representatives", "Mission");
  }

  @Test
  void hyphenationBreaksACompoundAfterItsOwnHyphenOnly() {
    assertThat(TextRenderer.wrap("Of the Secretary-General Mission", 20, true))
        .containsExactly("Of the Secretary-", "General Mission");
    assertThat(TextRenderer.wrap("a new non-governmental body", 12, true))
        .containsExactly("a new non-", "governmental", "body");
    assertThat(TextRenderer.wrap("Of the Secretary-General Mission", 20, false))
        .containsExactly("Of the", "Secretary-General", "Mission");
  }
}
