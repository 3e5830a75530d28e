package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link Symbol#parse(String)}: symbols arrive typed by people and cut out of documents, so
 * any text must give either a symbol whose printed form is stable, or an {@link
 * InvalidSymbolException} naming the input, never another exception. {@code mvn verify} replays the
 * corpus in {@code SymbolFuzzTestInputs/<method>/} and the {@code fuzz} profile fuzzes for {@code
 * dossier.fuzz.duration} (docs/fuzzing.md).
 */
class SymbolFuzzTest {
  private static final int MAX_LENGTH = 100;

  /** The bytes read as UTF-8, so seeds are plain text files. */
  @FuzzTest
  void anyTextIsASymbolOrOneClearRefusal(byte[] utf8) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    Symbol symbol;
    try {
      symbol = Symbol.parse(text);
    } catch (InvalidSymbolException refusal) {
      assertThat(refusal.input()).isEqualTo(text);
      assertThat(refusal.position()).isNotNegative();
      assertThat(refusal.getMessage()).startsWith("\"").contains("; expected ");
      return;
    }
    String printed = symbol.toString();
    assertThat(printed).isNotBlank().hasSizeLessThanOrEqualTo(MAX_LENGTH);
    Symbol again = Symbol.parse(printed);
    assertThat(again).hasToString(printed).isEqualTo(symbol).hasSameHashCodeAs(symbol);
    assertThat(again.compareTo(symbol)).isZero();
    assertThat(symbol.base().isModifier() || symbol.base().isReissue()).isFalse();
    assertThat(printed).startsWith(symbol.base().toString());
    symbol.parent().ifPresent(parent -> assertThat(parent.base()).isEqualTo(symbol.base()));
    assertThat(symbol.fileName(Language.EN)).endsWith("-EN.pdf");
    assertThat(symbol.akn()).doesNotContain("/", " ");
  }
}
