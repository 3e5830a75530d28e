package org.dossier.model;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of valid symbols, for tests here and in other modules (published in this
 * module's test jar). {@link #next()} gives a symbol in its normalised printed form; {@link
 * #messUp(String)} gives a variant as a human might type it, which must parse to the same symbol.
 * The same seed always gives the same sequence.
 */
public final class RandomSymbols {
  private static final List<String> ORGANS =
      List.of("A", "S", "E", "ST", "CRC/C", "CEDAW/C", "DP", "TD", "UNEP");
  private static final List<String> SUBSIDIARY_PREFIXES =
      List.of("AC.", "C.", "CN.", "CONF.", "GC.", "SC.", "Sub.", "WG.");
  private static final List<String> SUBSIDIARY_WORDS = List.of("HRC", "PC", "SGB", "AC");
  private static final List<String> SLASH_MARKERS =
      List.of("DEC", "G", "INF", "NGO", "PET", "PRST");
  private static final List<String> DOTTED_MARKERS = List.of("CRP", "L", "PV", "R", "SR", "WP");
  private static final List<String> MODIFIERS = List.of("Add.", "Amend.", "Corr.", "Rev.");

  private final Random random;

  public RandomSymbols(long seed) {
    this.random = new Random(seed);
  }

  /** The next symbol, in normalised printed form. */
  public String next() {
    StringBuilder symbol = new StringBuilder(pick(ORGANS));
    for (int i = random.nextInt(3); i > 0; i--) {
      symbol.append('/').append(subsidiary());
    }
    symbol.append('/').append(documentPart());
    for (int i = random.nextInt(4) - 1; i > 0; i--) {
      symbol.append('/').append(modifier());
    }
    return random.nextInt(10) == 0 ? symbol.append('*').toString() : symbol.toString();
  }

  /**
   * The same symbol as carelessly typed: letters in random case, spaces around joiners, no space
   * before a parenthesis or resolution letter, non-breaking and repeated whitespace at the ends.
   */
  public String messUp(String printed) {
    StringBuilder typed = new StringBuilder(random.nextBoolean() ? " " : "\u00a0\t");
    for (char c : printed.toCharArray()) {
      if (c == ' ') {
        typed.append(random.nextBoolean() ? "" : "  ");
      } else if ((c == '/' || c == '.' || c == '-') && random.nextInt(4) == 0) {
        typed.append(' ').append(c).append(' ');
      } else {
        typed.append(random.nextBoolean() ? c : flipCase(c));
      }
    }
    return typed.append(random.nextBoolean() ? "" : " \n").toString();
  }

  private String subsidiary() {
    return random.nextBoolean()
        ? pick(SUBSIDIARY_PREFIXES) + (1 + random.nextInt(200))
        : pick(SUBSIDIARY_WORDS);
  }

  /** Session, document type and number in one of the orders the grammar allows. */
  private String documentPart() {
    return switch (random.nextInt(7)) {
      case 0 -> session() + "/" + number();
      case 1 -> session() + "/" + pick(SLASH_MARKERS) + "/" + number();
      case 2 -> pick(SLASH_MARKERS) + "/" + session() + "/" + number();
      case 3 -> session() + "/" + pick(DOTTED_MARKERS) + "." + number();
      case 4 -> pick(DOTTED_MARKERS) + "." + number();
      case 5 -> "RES/" + number() + letter() + " (" + yearOrRomanSession() + ")";
      default -> "RES/" + session() + "/" + number() + letter();
    };
  }

  private String session() {
    return switch (random.nextInt(4)) {
      case 0 -> Integer.toString(1946 + random.nextInt(90));
      case 1 -> (random.nextBoolean() ? "S-" : "ES-") + (1 + random.nextInt(30));
      default -> Integer.toString(1 + random.nextInt(80));
    };
  }

  private String number() {
    return Integer.toString(1 + random.nextInt(random.nextBoolean() ? 30 : 4000));
  }

  private String letter() {
    return random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(4)) : "";
  }

  private String yearOrRomanSession() {
    if (random.nextBoolean()) {
      return Integer.toString(1946 + random.nextInt(90));
    }
    String[] romans = {"I", "III", "IV", "IX", "XIV", "XX", "XXIX", "XXX"};
    return romans[random.nextInt(romans.length)];
  }

  private String modifier() {
    return random.nextInt(8) == 0 ? "Summary" : pick(MODIFIERS) + (1 + random.nextInt(9));
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static char flipCase(char c) {
    String flipped =
        Character.isUpperCase(c)
            ? String.valueOf(c).toLowerCase(Locale.ROOT)
            : String.valueOf(c).toUpperCase(Locale.ROOT);
    return flipped.charAt(0);
  }
}
