package org.dossier.lang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void digitsOfEveryScriptHaveTheirValue() {
    assertThat(Texts.number("2020")).isEqualTo(2020);
    assertThat(Texts.number("٢٠١١")).isEqualTo(2011);
    assertThat(Texts.number("２０１６")).isEqualTo(2016);
    assertThatThrownBy(() -> Texts.number("20x0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 2");
  }

  @Test
  void romanNumeralsBothWays() {
    assertThat(Texts.roman(14)).isEqualTo("XIV");
    assertThat(Texts.romanOrDecimal("xiv")).isEqualTo(14);
    assertThat(Texts.romanOrDecimal("12")).isEqualTo(12);
    assertThat(Texts.romanOrDecimal("IIII")).isZero();
  }

  @Test
  void foldingIgnoresCaseAccentsVowelMarksAndSpacing() {
    assertThat(Texts.fold("  Quarante–troisième\u00A0 SESSION "))
        .isEqualTo("quarante-troisieme session");
    assertThat(Texts.fold("قُدم")).isEqualTo("قدم");
    assertThat(Texts.fold("четвёртая")).isEqualTo("четвертая");
  }
}
