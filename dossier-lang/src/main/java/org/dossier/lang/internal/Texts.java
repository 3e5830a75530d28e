package org.dossier.lang.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Regular-expression pieces and text folding shared by all languages. */
public final class Texts {
  /** One or more spaces of any kind, including no-break and narrow no-break spaces. */
  public static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u3000]+";

  /** Optional spaces of any kind. */
  public static final String OPT_SPACE = "[\\s\\u00A0\\u2007\\u202F\\u3000]*";

  /** A hyphen or dash of any kind (hyphen-minus, hyphen, en dash, em dash, full-width…). */
  public static final String DASH = "[-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]";

  /** A decimal digit: ASCII, Arabic-Indic, Extended Arabic-Indic or full-width. */
  public static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19]";

  /** A number of one to four digits not followed by another digit: an agenda item, a session. */
  public static final String ITEM = DIGIT + "{1,4}(?!" + DIGIT + ")";

  /**
   * An agenda item with its sub-item letter, if any: {@code 75 (b)}, {@code 75 b)} (Russian),
   * {@code 75 (ب)} (Arabic), {@code 75(b)} (Chinese). The letter is not kept.
   */
  public static final String AGENDA_ITEM =
      ITEM + "(?:" + OPT_SPACE + "[(（]?[a-zа-я\\u0621-\\u064A][)）])?";

  /** An apostrophe, straight or typographic. */
  public static final String APOSTROPHE = "['\\u2019\\u02BC]";

  /** Case-insensitive matching for every script the six languages use. */
  public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** What {@link #foldChar} returns for a character that folds to nothing. */
  public static final char SKIP = 0;

  private static final char[] FOLDED = foldTable();

  private Texts() {}

  /**
   * The value of a run of decimal digits in any of the {@link #DIGIT} scripts.
   *
   * @throws IllegalArgumentException if {@code digits} holds anything but digits or is too long
   */
  public static int number(CharSequence digits) {
    if (digits.isEmpty() || digits.length() > 9) {
      throw new IllegalArgumentException("Expected 1 to 9 digits, got '" + digits + "'");
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), 10);
      if (digit < 0) {
        throw new IllegalArgumentException(
            "Expected a digit at position " + i + " of '" + digits + "'");
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * A key for loose comparison: accents and Arabic vowel marks removed (so {@code أ} becomes {@code
   * ا} and {@code ё} becomes {@code е}), lower case, typographic apostrophes straightened, dashes
   * turned into hyphens, space runs into one space, trimmed. Folds character by character with
   * {@link #foldChar}, as the name dictionaries do.
   */
  public static String fold(CharSequence text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = FOLDED[text.charAt(i)];
      boolean repeatedSpace =
          c == ' ' && (folded.isEmpty() || folded.charAt(folded.length() - 1) == ' ');
      if (c != SKIP && !repeatedSpace) {
        folded.append(c);
      }
    }
    int end = folded.length();
    return end > 0 && folded.charAt(end - 1) == ' '
        ? folded.substring(0, end - 1)
        : folded.toString();
  }

  /**
   * One character folded: lower case without accents, {@code ' '} for any space, {@code '-'} for
   * any dash, {@code '\''} for any apostrophe, or {@link #SKIP} for a mark that carries no letter
   * (combining accents, Arabic vowel marks, tatweel).
   */
  public static char foldChar(char c) {
    return FOLDED[c];
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = foldOne((char) c);
    }
    return table;
  }

  private static char foldOne(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    if ((c >= '\u2010' && c <= '\u2015')
        || c == '\u2212'
        || c == '\uFE58'
        || c == '\uFE63'
        || c == '\uFF0D') {
      return '-';
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
      return '\'';
    }
    if (c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK) {
      return SKIP;
    }
    if (c < '\u00C0' || c >= '\u3000' || Character.isSurrogate(c)) {
      return Character.toLowerCase(c);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }

  /**
   * {@code text} trimmed of spaces of every kind (the characters of {@link #SPACE}); the text
   * itself when there are none. Called on every masthead line and title, so written without a
   * regex.
   */
  public static String strip(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /**
   * One character of {@link #SPACE}: ASCII white space or a no-break, figure or ideographic one.
   */
  public static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u3000';
  }

  /** A regular-expression alternation of {@code words}, longest first, each quoted. */
  public static String alternation(Iterable<String> words) {
    List<String> sorted = new ArrayList<>();
    words.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder regex = new StringBuilder("(?:");
    for (String word : sorted) {
      if (regex.length() > 3) {
        regex.append('|');
      }
      regex.append(Pattern.quote(word));
    }
    return regex.append(')').toString();
  }

  /** {@code template} with its {@code %s} placeholders replaced by a regex group name. */
  public static String group(String template, String name) {
    return template.replace("%s", name);
  }

  /**
   * A regex of agenda item numbers separated by commas or by the word {@code and}: "13, 14 et 115".
   */
  public static String itemList(String and) {
    return AGENDA_ITEM
        + "(?:(?:"
        + OPT_SPACE
        + ","
        + OPT_SPACE
        + "|"
        + SPACE
        + and
        + SPACE
        + ")"
        + AGENDA_ITEM
        + ")*";
  }

  /** {@code items} written as a list, {@code last} before the last one: "3, 4 and 5". */
  public static String list(List<Integer> items, String between, String last) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        text.append(i == items.size() - 1 ? last : between);
      }
      text.append(items.get(i));
    }
    return text.toString();
  }

  /** Upper-cases the first character: sentence case for a heading. */
  public static String capitalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  private static final String[] ROMAN_DIGITS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final Pattern ROMAN =
      Pattern.compile("M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", FLAGS);

  /** {@code number} (1–3999) in Roman numerals: {@code XIV}. */
  public static String roman(int number) {
    if (number < 1 || number > 3999) {
      throw new IllegalArgumentException("Roman numerals need 1 to 3999, got " + number);
    }
    StringBuilder roman = new StringBuilder();
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      for (; number >= ROMAN_VALUES[i]; number -= ROMAN_VALUES[i]) {
        roman.append(ROMAN_DIGITS[i]);
      }
    }
    return roman.toString();
  }

  /** The value of Roman numerals or decimal digits, or 0 if {@code text} is neither. */
  public static int romanOrDecimal(String text) {
    if (text.chars().allMatch(c -> Character.digit(c, 10) >= 0) && !text.isEmpty()) {
      return text.length() > 9 ? 0 : number(text);
    }
    if (text.isEmpty() || !ROMAN.matcher(text).matches()) {
      return 0;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    int value = 0;
    int at = 0;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (upper.startsWith(ROMAN_DIGITS[i], at)) {
        value += ROMAN_VALUES[i];
        at += ROMAN_DIGITS[i].length();
      }
    }
    return value;
  }
}
