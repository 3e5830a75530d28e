package org.dossier.lang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
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

  @Test
  void stripRemovesEdgeSpacesOfEveryKindAndKeepsInnerOnes() {
    assertThat(Texts.strip("\u00A0\t Forty-third  session\u3000\u202F\n"))
        .isEqualTo("Forty-third  session");
    assertThat(Texts.strip(" \u2007 ")).isEmpty();
    String clean = "Note verbale";
    assertThat(Texts.strip(clean)).isSameAs(clean);
  }

  @Test
  void isSpaceAcceptsExactlyTheCharactersOfTheSpacePattern() {
    Pattern space = Pattern.compile(Texts.SPACE);
    for (char c = 0; c < 0x3100; c++) {
      assertThat(Texts.isSpace(c))
          .as("U+%04X", (int) c)
          .isEqualTo(space.matcher(String.valueOf(c)).matches());
    }
  }

  @Test
  void listsPutTheirOwnWordBeforeTheLastItem() {
    assertThat(Texts.list(List.of(4), ", ", " and ")).isEqualTo("4");
    assertThat(Texts.list(List.of(13, 115), ", ", " and ")).isEqualTo("13 and 115");
    assertThat(Texts.list(List.of(3, 4, 5), "、", "和")).isEqualTo("3、4和5");
  }

  @Test
  void itemListsAreReadWithCommasOrTheWordForAnd() {
    Pattern items = Pattern.compile(Texts.itemList("et"));
    assertThat(items.matcher("13, 14 et 115").matches()).isTrue();
    assertThat(items.matcher("13 et 115").matches()).isTrue();
    assertThat(items.matcher("13 and 115").matches()).isFalse();
  }
}
