package org.dossier.lang.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DateRange;
import org.dossier.lang.Match;

/**
 * Finds dates and date ranges with one precompiled pattern per language.
 *
 * <p>A language describes a single date with the named groups {@code d}, {@code m}, {@code y}, and
 * the two ends of a range with {@code d1}, {@code m1}, {@code y1} and {@code d2}, {@code m2},
 * {@code y2}. Any of an end's month and year groups may be absent or not take part in a match: the
 * end then shares them with the other end ({@code 9–27 September 2019}, {@code 2016年2月29日至3月24日}).
 * Ranges are tried before single dates at each position.
 */
public final class DateSyntax {
  /** Regex template of a four-digit year, {@code %s} standing for the group name. */
  public static final String YEAR = "(?<%s>" + Texts.DIGIT + "{4})(?!\\p{N})";

  private final Pattern pattern;
  private final Pattern whole;
  private final ToIntFunction<String> month;

  /**
   * @param single regex of a single date (groups d, m, y)
   * @param first regex of a range's first end (group d1; optional m1, y1)
   * @param separator regex between the two ends
   * @param last regex of a range's last end (group d2; optional m2, y2)
   * @param month the month number (1–12) of a month group's text, or 0 if it names no month
   */
  public DateSyntax(
      String single, String first, String separator, String last, ToIntFunction<String> month) {
    String regex =
        "(?<p1>" + first + ")" + separator + "(?<p2>" + last + ")|(?<single>" + single + ")";
    this.pattern = Pattern.compile(regex, Texts.FLAGS);
    this.whole =
        Pattern.compile(Texts.OPT_SPACE + "(?:" + regex + ")" + Texts.OPT_SPACE, Texts.FLAGS);
    this.month = month;
  }

  /** Regex of what joins a range's ends: a dash, spaced or not, or {@code word}, a regex ("to"). */
  public static String dashOr(String word) {
    return "(?:"
        + Texts.OPT_SPACE
        + Texts.DASH
        + Texts.OPT_SPACE
        + "|"
        + Texts.SPACE
        + word
        + Texts.SPACE
        + ")";
  }

  /** Regex template of a day of one or two digits, then {@code suffix} ("st", "er"). */
  public static String day(String suffix) {
    return "(?<![\\p{L}\\p{N}])(?<%s>" + Texts.DIGIT + "{1,2})" + suffix;
  }

  /** Regex template of a month named by {@code names}, a regex. */
  public static String month(String names) {
    return "(?<%s>" + names + ")";
  }

  /**
   * The syntax of dates written day, month, year with spaces between ("6 mai 2020"), whose range
   * ends may drop the month and year they share with the last end; see {@link #dayMonthYear(String,
   * String, String, String, String, String, String, ToIntFunction)}.
   */
  public static DateSyntax dayMonthYear(
      String day, String month, String year, String separator, ToIntFunction<String> monthNumber) {
    return dayMonthYear(
        day, month, year, Texts.SPACE, Texts.SPACE, Texts.SPACE, separator, monthNumber);
  }

  /**
   * The syntax of dates written day, month, year, whose range ends may drop the month and year they
   * share with the last end.
   *
   * @param day regex template of the day, {@code %s} standing for its group name
   * @param month regex template of the month, likewise
   * @param year regex template of the year, likewise
   * @param dayToMonth regex between the day and the month
   * @param monthToYear regex between the month and the year of a whole date
   * @param firstEndMonthToYear the same in a range's first end
   * @param separator regex between the two ends of a range
   * @param monthNumber the month number (1–12) of a month group's text, or 0
   */
  public static DateSyntax dayMonthYear(
      String day,
      String month,
      String year,
      String dayToMonth,
      String monthToYear,
      String firstEndMonthToYear,
      String separator,
      ToIntFunction<String> monthNumber) {
    return new DateSyntax(
        wholeDate(day, month, year, dayToMonth, monthToYear, ""),
        Texts.group(day, "d1")
            + "(?:"
            + dayToMonth
            + Texts.group(month, "m1")
            + "(?:"
            + firstEndMonthToYear
            + Texts.group(year, "y1")
            + ")?)?",
        separator,
        wholeDate(day, month, year, dayToMonth, monthToYear, "2"),
        monthNumber);
  }

  private static String wholeDate(
      String day, String month, String year, String dayToMonth, String monthToYear, String end) {
    return Texts.group(day, "d" + end)
        + dayToMonth
        + Texts.group(month, "m" + end)
        + monthToYear
        + Texts.group(year, "y" + end);
  }

  /** Every date expression in {@code text}; see {@code LanguageConventions#findDateRanges}. */
  public List<Match<DateRange>> findRanges(CharSequence text) {
    List<Match<DateRange>> found = new ArrayList<>();
    scan(
        text,
        matcher ->
            read(matcher)
                .ifPresent(range -> found.add(new Match<>(range, matcher.start(), matcher.end()))));
    return found;
  }

  /** Every date in {@code text}, each end of a range on its own. */
  public List<Match<LocalDate>> findDates(CharSequence text) {
    List<Match<LocalDate>> found = new ArrayList<>();
    scan(
        text,
        matcher -> {
          Optional<DateRange> range = read(matcher);
          if (range.isEmpty()) {
            return;
          }
          if (matcher.start("single") >= 0) {
            found.add(new Match<>(range.get().first(), matcher.start(), matcher.end()));
          } else {
            found.add(new Match<>(range.get().first(), matcher.start("p1"), matcher.end("p1")));
            found.add(new Match<>(range.get().last(), matcher.start("p2"), matcher.end("p2")));
          }
        });
    return found;
  }

  /**
   * Hands every match to {@code onMatch}, left to right. Every date starts with a digit, so the
   * pattern is only tried at digits; {@code Matcher.find()} would try it at every character,
   * several times slower on prose. Transparent bounds let the pattern's look-behind see before the
   * region.
   */
  private void scan(CharSequence text, Consumer<Matcher> onMatch) {
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (Character.isDigit(text.charAt(i))) {
        matcher.region(i, length);
        if (matcher.lookingAt()) {
          onMatch.accept(matcher);
          i = Math.max(matcher.end(), i + 1);
          continue;
        }
      }
      i++;
    }
  }

  /** The range (or one-day range) that is the whole of {@code text}. */
  public Optional<DateRange> parseRange(CharSequence text) {
    Matcher matcher = whole.matcher(text);
    return matcher.matches() ? read(matcher) : Optional.empty();
  }

  /** The single date that is the whole of {@code text}. */
  public Optional<LocalDate> parseDate(CharSequence text) {
    Matcher matcher = whole.matcher(text);
    if (!matcher.matches() || matcher.start("single") < 0) {
      return Optional.empty();
    }
    return read(matcher).map(DateRange::first);
  }

  private Optional<DateRange> read(Matcher matcher) {
    try {
      if (matcher.start("single") >= 0) {
        LocalDate date =
            LocalDate.of(
                Texts.number(matcher.group("y")),
                monthOf(matcher.group("m")),
                Texts.number(matcher.group("d")));
        return Optional.of(DateRange.of(date));
      }
      return readRange(matcher);
    } catch (DateTimeException | IllegalArgumentException impossible) {
      // 31 February or a month name the table lacks: not a date, keep scanning.
      return Optional.empty();
    }
  }

  private Optional<DateRange> readRange(Matcher matcher) {
    String m1 = optionalGroup(matcher, "m1");
    String m2 = optionalGroup(matcher, "m2");
    String y1 = optionalGroup(matcher, "y1");
    String y2 = optionalGroup(matcher, "y2");
    if ((m1 == null && m2 == null) || (y1 == null && y2 == null)) {
      return Optional.empty();
    }
    int firstMonth = monthOf(m1 != null ? m1 : m2);
    int lastMonth = monthOf(m2 != null ? m2 : m1);
    int firstYear = Texts.number(y1 != null ? y1 : y2);
    int lastYear = Texts.number(y2 != null ? y2 : y1);
    LocalDate first = LocalDate.of(firstYear, firstMonth, Texts.number(matcher.group("d1")));
    LocalDate last = LocalDate.of(lastYear, lastMonth, Texts.number(matcher.group("d2")));
    if (last.isBefore(first)) {
      // A shared year across New Year: "28 December–3 January 2021" starts the year before.
      if (y1 == null) {
        first = first.minusYears(1);
      } else if (y2 == null) {
        last = last.plusYears(1);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new DateRange(first, last));
  }

  private int monthOf(String name) {
    int number = month.applyAsInt(name);
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Not a month name: '" + name + "'");
    }
    return number;
  }

  private static String optionalGroup(Matcher matcher, String name) {
    return matcher.pattern().namedGroups().containsKey(name) ? matcher.group(name) : null;
  }
}
