package org.dossier.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the aligner reads in a sentence: its length, its words (lower case, ICU word boundaries, so
 * Chinese is segmented by dictionary) and its anchors, the tokens that survive translation
 * unchanged: numbers in any script's digits, document symbols and list labels.
 */
final class Tokens {
  /** Digits of any script; separators split numbers the same way in every language. */
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  /** A document symbol: {@code A/HRC/43/1}, {@code S/RES/2532 (2020)} keeps its first part. */
  private static final Pattern SYMBOL =
      Pattern.compile("\\b[A-Z]{1,8}(?:/[A-Z0-9.\\-]+){2,}", Pattern.UNICODE_CHARACTER_CLASS);

  /** A list label in parentheses: Latin, Cyrillic or Arabic letter, or a Roman numeral. */
  private static final Pattern LABEL =
      Pattern.compile("(?:[(（]|(?<=^|\\s))([a-z]|[ivx]{2,5}|[а-яё]|[أابجدهوزحطي])\\s*[)）]");

  private static final String CYRILLIC_ORDER = "абвгдежзиклмнопрстуфхцчшщэюя";
  private static final String ARABIC_ORDER = "أبجدهوزحطي";

  private final BreakIterator words;
  private final Locale locale;

  Tokens(String language) {
    this.words = BreakIterator.getWordInstance(new ULocale(language));
    this.locale = Locale.forLanguageTag(language);
  }

  /** Length in characters, spaces excluded, as Gale and Church count it. */
  static int length(String sentence) {
    int length = 0;
    for (int k = 0; k < sentence.length(); k++) {
      if (!Character.isWhitespace(sentence.charAt(k))) {
        length++;
      }
    }
    return length;
  }

  /** The sentence's words, lower case, numbers and punctuation excluded. */
  List<String> words(String sentence) {
    List<String> result = new ArrayList<>();
    words.setText(sentence);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_IDEO_LIMIT) {
        result.add(sentence.substring(start, end).toLowerCase(locale));
      }
    }
    return result;
  }

  /** The sentence's anchors, as language-independent strings. */
  static List<String> anchors(String sentence) {
    List<String> result = new ArrayList<>();
    Matcher digits = DIGITS.matcher(sentence);
    while (digits.find()) {
      result.add("#" + asciiNumber(digits.group()));
    }
    Matcher symbol = SYMBOL.matcher(sentence);
    while (symbol.find()) {
      result.add("@" + symbol.group());
    }
    Matcher label = LABEL.matcher(sentence);
    while (label.find()) {
      result.add("§" + labelOrdinal(label.group(1)));
    }
    return result;
  }

  private static String asciiNumber(String digits) {
    StringBuilder ascii = new StringBuilder();
    for (int k = 0; k < digits.length(); k++) {
      int value = Character.digit(digits.charAt(k), 10);
      if (value > 0 || !ascii.isEmpty()) {
        ascii.append((char) ('0' + value));
      }
    }
    return ascii.isEmpty() ? "0" : ascii.toString();
  }

  /** Labels of every script by position: (a), (а) and (أ) are all the first. */
  private static String labelOrdinal(String label) {
    char first = label.charAt(0);
    if (label.length() > 1) {
      return "r" + label;
    }
    if (first >= 'a' && first <= 'z') {
      return String.valueOf(first - 'a' + 1);
    }
    int cyrillic = CYRILLIC_ORDER.indexOf(first);
    if (cyrillic >= 0) {
      return String.valueOf(cyrillic + 1);
    }
    int arabic = ARABIC_ORDER.indexOf(first == 'ا' ? 'أ' : first);
    return String.valueOf(arabic + 1);
  }
}
