package org.dossier.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a symbol being parsed, cut into its {@code /}-separated components after spacing is
 * normalised, with the reissue mark set apart. It creates the parser's errors, so that each names
 * the input and the 1-based position of the component at fault.
 */
final class SymbolText {
  /** Far above any real symbol (the longest UN ones are about 40 characters). */
  static final int MAX_LENGTH = 100;

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE_INSIDE_PARENTHESES = Pattern.compile("(?<=\\() | (?=\\))");
  private static final Pattern SPACE_BEFORE_STAR = Pattern.compile(" (?=\\*)");
  private static final Pattern SPACE_AROUND_JOINERS = Pattern.compile(" ?([/.-]) ?");
  private static final Pattern GLUED_PARENTHESIS = Pattern.compile("(?<=[^ /])\\(");

  private final String input;
  private final String[] components;
  private final boolean reissued;

  private SymbolText(String input, String[] components, boolean reissued) {
    this.input = input;
    this.components = components;
    this.reissued = reissued;
  }

  /** Normalises and splits the input, rejecting empty, overlong and foreign-character text. */
  static SymbolText of(String input) {
    String text = normalizeSpacing(input);
    if (text.isEmpty()) {
      throw new InvalidSymbolException(input, "empty symbol", 0, "a symbol such as A/HRC/43/2");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidSymbolException(
          input,
          "too long (" + text.length() + " characters)",
          0,
          "at most " + MAX_LENGTH + " characters");
    }
    boolean reissued = text.endsWith("*");
    String body = reissued ? text.substring(0, text.length() - 1) : text;
    SymbolText split = new SymbolText(input, body.split("/", -1), reissued);
    split.checkCharacters();
    if (body.isEmpty()) {
      throw split.error(0, "reissue mark \"*\" alone", "a symbol before it, as in A/65/L.78*");
    }
    return split;
  }

  int size() {
    return components.length;
  }

  /** A component as read, after spacing was normalised but before its case was. */
  String component(int index) {
    return components[index];
  }

  boolean reissued() {
    return reissued;
  }

  /** An error in the component at the 0-based {@code index}. */
  InvalidSymbolException error(int index, String problem, String expected) {
    return new InvalidSymbolException(input, problem, index + 1, expected);
  }

  /**
   * Trims, collapses whitespace and removes the spaces that printing habits put around joiners.
   * Compatibility forms are folded first, so that the full-width {@code Ａ／ＲＥＳ／６０／２５１} of East Asian
   * typing reads as {@code A/RES/60/251}.
   */
  private static String normalizeSpacing(String input) {
    if (input.chars().allMatch(c -> isAllowed(c) && c != ' ' && c != '(' && c != ')')) {
      return input; // the common case: nothing to move, and the regular expressions are costly
    }
    String text =
        input.chars().allMatch(c -> c < 0x80)
            ? input
            : Normalizer.normalize(input, Normalizer.Form.NFKC);
    String spaced = WHITESPACE.matcher(text).replaceAll(" ").strip();
    spaced = SPACE_INSIDE_PARENTHESES.matcher(spaced).replaceAll("");
    spaced = SPACE_BEFORE_STAR.matcher(spaced).replaceAll("");
    spaced = SPACE_AROUND_JOINERS.matcher(spaced).replaceAll("$1");
    return GLUED_PARENTHESIS.matcher(spaced).replaceAll(" (");
  }

  private void checkCharacters() {
    for (int i = 0; i < components.length; i++) {
      String component = components[i];
      for (int at = 0; at < component.length(); at = component.offsetByCodePoints(at, 1)) {
        int c = component.codePointAt(at);
        if (c == '*') {
          throw error(
              i, "misplaced reissue mark in \"" + component + "\"", "\"*\" only at the very end");
        }
        if (!isAllowed(c)) {
          String what = Character.isLetter(c) ? "non-Latin letter" : "character";
          throw error(
              i,
              String.format(
                  Locale.ROOT,
                  "%s '%s' (U+%04X) in \"%s\"",
                  what,
                  Character.toString(c),
                  c,
                  component),
              "Latin letters, digits, spaces and . - ( ) / *");
        }
      }
    }
  }

  private static boolean isAllowed(int c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || " ./()*-".indexOf(c) >= 0;
  }
}
