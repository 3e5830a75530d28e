package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrNoiseTest {
  @Test
  void strayStampsAreNoiseButMastheadAndTableLinesAreNot() {
    assertThat(OcrNoise.isNoise("UN UBRAR'(")).isTrue();
    assertThat(OcrNoise.isNoise("ocr i - 1.w ,i\u00B7/")).isTrue();
    assertThat(OcrNoise.isNoise("Original: English")).isFalse();
    assertThat(OcrNoise.isNoise("25-15106 (E)")).isFalse();
    assertThat(OcrNoise.isNoise("| United Nations | A/78/L.61 |")).isFalse();
  }

  @Test
  void aDayReadAsLookAlikeSignsIsRepairedOnlyThere() {
    assertThat(OcrNoise.repairedDay("~9 September 1971")).isEqualTo("29 September 1971");
    assertThat(OcrNoise.repairedDay("l5 March 2021")).isEqualTo("15 March 2021");
    assertThat(OcrNoise.repairedDay("19 September 1971")).isNull();
    assertThat(OcrNoise.repairedDay("on 19 September")).isNull();
  }

  @Test
  void aGarbledHeadingIsWithinTwoEditsOfItsOwnOnly() {
    assertThat(OcrNoise.withinTwoEdits("rrwenty-sixth session", "Twenty-sixth session")).isTrue();
    assertThat(OcrNoise.withinTwoEdits("rrwenty-sixth session", "Twenty-fifth session")).isFalse();
  }
}
