package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void indentedChineseLinesJoinWithoutASpace() {
    List<Line> lines =
        List.of(new Line(1, 1, "            中国常驻代表团"), new Line(2, 1, "            致秘书处的普通照会"));

    assertThat(Texts.joinLines(lines)).isEqualTo("中国常驻代表团致秘书处的普通照会");
  }

  @Test
  void chineseLinesEndingInPunctuationJoinWithoutASpace() {
    List<Line> lines = List.of(new Line(1, 1, "公民权利、政治权利、"), new Line(2, 1, "经济、社会及文化权利"));

    assertThat(Texts.joinLines(lines)).isEqualTo("公民权利、政治权利、经济、社会及文化权利");
  }

  @Test
  void otherLinesJoinWithOneSpace() {
    List<Line> lines = List.of(new Line(1, 1, "Promotion and"), new Line(2, 1, "   protection"));

    assertThat(Texts.joinLines(lines)).isEqualTo("Promotion and protection");
  }
}
