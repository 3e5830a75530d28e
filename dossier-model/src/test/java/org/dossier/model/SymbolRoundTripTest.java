package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parse → print → parse over many generated symbols, as Lucene's random-string tests do. */
class SymbolRoundTripTest {
  private static final long SEED = 20_200_224L;
  private static final int COUNT = 5_000;

  @Test
  void printedFormParsesBackToItself() {
    RandomSymbols symbols = new RandomSymbols(SEED);
    for (int i = 0; i < COUNT; i++) {
      String printed = symbols.next();
      Symbol parsed = Symbol.parse(printed);
      assertThat(parsed).as("seed %d, symbol #%d", SEED, i).hasToString(printed);
      Symbol again = Symbol.parse(parsed.toString());
      assertThat(again).isEqualTo(parsed).hasSameHashCodeAs(parsed);
      assertThat(again.compareTo(parsed)).isZero();
    }
  }

  @Test
  void carelessTypingParsesToTheSameSymbol() {
    RandomSymbols symbols = new RandomSymbols(SEED + 1);
    for (int i = 0; i < COUNT; i++) {
      String printed = symbols.next();
      String typed = symbols.messUp(printed);
      assertThat(Symbol.parse(typed))
          .as("seed %d, symbol #%d typed as \"%s\"", SEED + 1, i, typed)
          .hasToString(printed);
    }
  }

  @Test
  void familyLinksStayInsideTheFamily() {
    RandomSymbols symbols = new RandomSymbols(SEED + 2);
    for (int i = 0; i < COUNT; i++) {
      Symbol symbol = Symbol.parse(symbols.next());
      Symbol base = symbol.base();
      assertThat(base.isModifier() || base.isReissue()).isFalse();
      assertThat(base.base()).isEqualTo(base);
      assertThat(symbol.parent().isPresent()).isEqualTo(symbol.isModifier());
      symbol.parent().ifPresent(parent -> assertThat(parent.base()).isEqualTo(base));
      assertThat(symbol.toString()).startsWith(base.toString());
    }
  }

  @Test
  void sameSeedGivesSameSymbols() {
    RandomSymbols first = new RandomSymbols(7);
    RandomSymbols second = new RandomSymbols(7);
    for (int i = 0; i < 100; i++) {
      assertThat(first.next()).isEqualTo(second.next());
    }
  }
}
