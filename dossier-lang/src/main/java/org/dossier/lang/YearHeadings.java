package org.dossier.lang;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masthead headings that name a year instead of a numbered session, in the six languages: the
 * sessions of the Economic and Social Council ({@code 2020 session}, {@code Session de 2020},
 * {@code 2020年届会}), and the Security Council's year of activity printed beside the General
 * Assembly's session in a joint masthead ({@code Seventy-fifth year}, {@code Soixante-quinzième
 * année}, {@code السنة الخامسة والسبعون}, {@code 第七十五年}).
 */
public final class YearHeadings {
  private static final int LONGEST = 40;

  private static final List<Pattern> YEAR_SESSIONS =
      List.of(
          Pattern.compile("(\\d{4}) session", Pattern.CASE_INSENSITIVE),
          Pattern.compile("session de (\\d{4})", Pattern.CASE_INSENSITIVE),
          Pattern.compile("período de sesiones de (\\d{4})", Pattern.CASE_INSENSITIVE),
          Pattern.compile("сессия (\\d{4}) года", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile("دورة عام (\\d{4})"),
          Pattern.compile("(\\d{4})年届会"));

  /** The word for "year" after an ordinal in words, lower case (EN, FR, ES, RU). */
  private static final List<String> YEAR_AFTER = List.of(" year", " année", " año", " год");

  /**
   * How ordinals in words end ("seventy-fifth", "soixante-quinzième", "quinto", "tercer", "пятый").
   */
  private static final List<String> ORDINAL_ENDINGS =
      List.of("th", "st", "nd", "rd", "ième", "er", "o", "ый", "ой", "ий");

  private YearHeadings() {}

  /** The year of a session heading that names a year ({@code 2020 session}), if it is one. */
  public static OptionalInt yearSession(CharSequence line) {
    if (line.length() > LONGEST) {
      return OptionalInt.empty();
    }
    for (Pattern heading : YEAR_SESSIONS) {
      Matcher m = heading.matcher(line);
      if (m.matches()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether the line is the Security Council's year of a joint masthead: an ordinal in words
   * followed (or, in Arabic and Chinese, framed) by the word for year, without digits.
   */
  public static boolean isCouncilYear(CharSequence line) {
    String text = line.toString().strip();
    if (text.isEmpty() || text.length() > LONGEST || hasDigit(text)) {
      return false;
    }
    if (text.startsWith("السنة ")) {
      return true;
    }
    if (text.startsWith("第") && text.endsWith("年")) {
      return text.length() > 2 && isChineseNumeral(text.substring(1, text.length() - 1));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String year : YEAR_AFTER) {
      if (lower.endsWith(year)) {
        String ordinal = lower.substring(0, lower.length() - year.length());
        String[] words = ordinal.split(" ", 4);
        // Two words at most ("septuagésimo sexto"), or French "soixante et onzième".
        boolean oneOrdinal = words.length <= 2 || (words.length == 3 && words[1].equals("et"));
        return oneOrdinal && endsLikeOrdinal(ordinal);
      }
    }
    return false;
  }

  /** Whether the words end as an ordinal does in English, French, Spanish or Russian. */
  private static boolean endsLikeOrdinal(String words) {
    for (String ending : ORDINAL_ENDINGS) {
      if (words.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isChineseNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("〇零一二三四五六七八九十百".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
