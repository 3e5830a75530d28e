package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void hardWrappedLinesAreJoinedAndBlankLinesSeparate() {
    var blocks =
        Paragraphs.of(
            SourceReader.splitLines(
                "The Mission presents its compliments to\nthe Office and has the honour.\n\nNext."));

    assertThat(blocks)
        .extracting(Block::text)
        .containsExactly(
            "The Mission presents its compliments to the Office and has the honour.", "Next.");
  }

  @Test
  void aShortLineEndingASentenceEndsItsParagraph() {
    var blocks =
        Paragraphs.of(
            SourceReader.splitLines(
                "A long line of text that runs to the right margin of the page\n"
                    + "and ends here.\n"
                    + "Another paragraph starts on the next line without a blank one."));

    assertThat(blocks).hasSize(2);
    assertThat(blocks.getFirst().first().number()).isEqualTo(1);
    assertThat(blocks.get(1).first().number()).isEqualTo(3);
  }

  private static String joined(String text) {
    return Paragraphs.of(SourceReader.splitLines(text)).getFirst().text();
  }

  @Test
  void aHyphenBeforeACapitalOrADigitIsKeptWithoutSpace() {
    assertThat(joined("the Secretary-\nGeneral")).isEqualTo("the Secretary-General");
    assertThat(joined("du 24 février-\n20 mars 2020")).isEqualTo("du 24 février-20 mars 2020");
  }
}
