package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceReaderTest {

  @Test
  void linesBreakAtEveryKindOfLineEndAndFormFeedsArePageBreaks() {
    assertThat(SourceReader.splitLines("a\r\nb\rc\nd\f e\n"))
        .containsExactly(
            new Line(1, 1, "a"),
            new Line(2, 1, "b"),
            new Line(3, 1, "c"),
            new Line(4, 1, "d"),
            new Line(4, 2, Line.PAGE_BREAK),
            new Line(4, 3, " e"),
            new Line(5, 1, ""));
  }

  @Test
  void linesOfTextWithOnlyLineFeedsKeepTheirNumbers() {
    assertThat(SourceReader.splitLines("a\n\nb"))
        .containsExactly(new Line(1, 1, "a"), new Line(2, 1, ""), new Line(3, 1, "b"));
  }

  @Test
  void aLineBreakInHtmlBreaksTheLine() throws Exception {
    byte[] html =
        "<html><body><p>Distr.: General<br>19 July 2021<br/>Russian</p></body></html>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(SourceReader.read("a.html", html).lines())
        .extracting(Line::text)
        .contains("Distr.: General", "19 July 2021", "Russian");
  }
}
