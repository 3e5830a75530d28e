package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void gluedBoldRunsBecomeSeparateParagraphsOnTheSameSourceLine() {
    List<Line> lines =
        MarkdownText.lines("**Conseil économique et social****Soixantième session**");

    assertThat(lines)
        .containsExactly(
            new Line(1, 1, "Conseil économique et social"),
            new Line(1, 31, ""),
            new Line(1, 35, "Soixantième session"));
  }

  @Test
  void superscriptTagsEscapesAndTrailingSpacesAreRemoved() {
    assertThat(MarkdownText.plain("datée du 1<sup>er</sup> mars 2021  "))
        .isEqualTo("datée du 1er mars 2021");
    assertThat(MarkdownText.plain("\\* La note est reproduite"))
        .isEqualTo("* La note est reproduite");
    assertThat(MarkdownText.plain("## Annexe")).isEqualTo("Annexe");
  }

  @Test
  void keepsLineNumbersOfTheSource() {
    List<Line> lines = MarkdownText.lines("**A**\r\n\r\nb  \nc");

    assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3, 4);
    assertThat(lines).extracting(Line::text).containsExactly("A", "", "b", "c");
  }

  @Test
  void recognisesWordMarkdownByItsSignalsNotByOneAsterisk() {
    assertThat(MarkdownText.looksLikeMarkdown("**Titre**  \nLigne  \n1<sup>er</sup>")).isTrue();
    assertThat(MarkdownText.looksLikeMarkdown("* Late submission.\nPlain text.")).isFalse();
  }
}
