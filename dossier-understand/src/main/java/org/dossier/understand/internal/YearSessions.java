package org.dossier.understand.internal;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session headings named by a year, as the Economic and Social Council's are ({@code 2020 session},
 * {@code Session de 2020}, {@code 2020年届会}); the record keeps the year as the number.
 */
final class YearSessions {
  private static final List<Pattern> HEADINGS =
      List.of(
          Pattern.compile("(\\d{4}) session", Pattern.CASE_INSENSITIVE),
          Pattern.compile("session de (\\d{4})", Pattern.CASE_INSENSITIVE),
          Pattern.compile("período de sesiones de (\\d{4})", Pattern.CASE_INSENSITIVE),
          Pattern.compile("сессия (\\d{4}) года", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile("دورة عام (\\d{4})"),
          Pattern.compile("(\\d{4})年届会"));

  private YearSessions() {}

  static OptionalInt parse(String line) {
    if (line.length() > 40) {
      return OptionalInt.empty();
    }
    for (Pattern heading : HEADINGS) {
      Matcher m = heading.matcher(line);
      if (m.matches()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return OptionalInt.empty();
  }
}
