package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintArtefactsTest {

  @Test
  void softHyphensAndZeroWidthCharactersAreRemoved() {
    assertThat(PrintArtefacts.clean("Perma\u00ADnent Mis\u200Bsion\uFEFF"))
        .isEqualTo("Permanent Mission");
  }

  @Test
  void directionalMarksAroundArabicTextAreRemoved() {
    assertThat(PrintArtefacts.clean("\u200Fالجمعية العامة \u202AA/75/12\u202C\u200E"))
        .isEqualTo("الجمعية العامة A/75/12");
  }

  @Test
  void ligaturesAreSpelledOut() {
    assertThat(PrintArtefacts.clean("the ﬁrst ofﬁcial ﬂag, eﬀective"))
        .isEqualTo("the first official flag, effective");
  }

  @Test
  void linesWithoutArtefactsAreTheSameObjects() {
    List<Line> lines = List.of(new Line(1, 1, "Distr.: General"), new Line(2, 1, "6 May 2020"));

    assertThat(PrintArtefacts.clean(lines)).isSameAs(lines);
    assertThat(PrintArtefacts.clean(List.of(lines.get(0), new Line(2, 1, "ﬁve"))))
        .extracting(Line::text)
        .containsExactly("Distr.: General", "five");
  }
}
