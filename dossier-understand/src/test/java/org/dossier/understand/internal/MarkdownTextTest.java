package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
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
  void anEscapedAsteriskEndingABoldRunStaysWithIt() {
    List<Line> lines = MarkdownText.lines("**Written statement\\*****Corrigendum**");

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly("Written statement*", "", "Corrigendum");
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

  @Test
  void signalCountAgreesWithAPlainScanOnSeededNoise() {
    String alphabet = "*<>supb\\_#[] \n\ra";
    Random random = new Random(11);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(random.nextBoolean() ? "<sup>" : "");
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(MarkdownText.looksLikeMarkdown(text.toString()))
          .as("%s", text)
          .isEqualTo(plainScan(text.toString()));
    }
  }

  @Test
  void aParagraphInBoldIsMarkdownOnItsOwn() {
    assertThat(MarkdownText.looksLikeMarkdown("Title\n\n**Situations requiring attention**\n"))
        .isTrue();
    assertThat(MarkdownText.looksLikeMarkdown("**Bold** and then plain\n")).isFalse();
  }

  /** A line opening with a bold run that closes at its end, looked at character by character. */
  private static boolean boldLine(String text, int at) {
    if (at > 0 && text.charAt(at - 1) != '\n') {
      return false;
    }
    int end = at;
    while (end < text.length() && text.charAt(end) != '\n') {
      end++;
    }
    while (end > at && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end - at <= 4
        || text.charAt(end - 1) != '*'
        || text.charAt(end - 2) != '*'
        || Texts.isSpace(text.charAt(at + 2))) {
      return false;
    }
    for (int j = at + 2; j <= end - 3; j++) {
      if (text.charAt(j) == '*' && text.charAt(j + 1) == '*') {
        return false;
      }
    }
    return true;
  }

  /** The signals counted character by character, left to right: the definition of the rule. */
  private static boolean plainScan(String text) {
    int found = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' && i + 2 < text.length() && text.charAt(i + 1) == '*') {
        if (boldLine(text, i)) {
          return true;
        }
        found += Texts.isSpace(text.charAt(i + 2)) ? 0 : 1;
        i++;
      } else if (text.startsWith("<sup>", i) || text.startsWith("<sub>", i)) {
        found++;
      } else if (c == '\\' && i + 1 < text.length() && "*_#[]".indexOf(text.charAt(i + 1)) >= 0) {
        found++;
      } else if ((text.startsWith("  \n", i) || text.startsWith("  \r", i))
          && (i == 0 || text.charAt(i - 1) != ' ')) {
        found++;
      } else if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
        int end = i;
        while (end < text.length() && text.charAt(end) == '#' && end - i < 6) {
          end++;
        }
        found += end < text.length() && text.charAt(end) == ' ' ? 1 : 0;
      }
    }
    return found >= 3;
  }

  @Test
  void pipeTableCellsAreParagraphsAndLineBreaksInThemAreLines() {
    List<Line> lines =
        MarkdownText.lines(
            "United Nations | A/78/L.61\n---|---\nGeneral Assembly | Distr.: Limited<br>14 May 2024\n\nText");

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly(
            "",
            "United Nations",
            "",
            "A/78/L.61",
            "",
            "",
            "",
            "General Assembly",
            "",
            "Distr.: Limited",
            "14 May 2024",
            "",
            "",
            "Text");
  }
}
