package org.dossier.lang.internal;

import java.time.LocalDate;

/**
 * Writes dates in the day–month–year order most languages share ("6 May 2020", "3 de diciembre de
 * 2007") and ranges whose first end drops the year, or the month and year, it shares with the last
 * ("9–27 September 2019", "24 February–20 March 2020").
 */
public final class WrittenDates implements DateWriter {
  private final MonthNames months;
  private final String dayToMonth;
  private final String monthToYear;
  private final String afterYear;
  private final String firstOfMonth;
  private final String yearsApart;
  private final String monthsApart;
  private final String daysApart;

  /**
   * @param months the month names
   * @param template a date with the placeholders {@code {d}}, {@code {m}} and {@code {y}} in this
   *     order and what the language writes between and after them: {@code "{d} de {m} de {y}"}
   * @param firstOfMonth how the first day of a month is written ("1er"), or {@code "1"}
   * @param yearsApart what joins two ends in different years
   * @param monthsApart what joins two ends in one year but different months
   * @param daysApart what joins two ends in one month
   */
  public WrittenDates(
      MonthNames months,
      String template,
      String firstOfMonth,
      String yearsApart,
      String monthsApart,
      String daysApart) {
    int day = template.indexOf("{d}");
    int month = template.indexOf("{m}");
    int year = template.indexOf("{y}");
    if (day != 0 || month < day || year < month) {
      throw new IllegalArgumentException(
          "Date template must start with {d} and then hold {m} and {y} in this order, got \""
              + template
              + "\"");
    }
    this.months = months;
    this.dayToMonth = template.substring(day + 3, month);
    this.monthToYear = template.substring(month + 3, year);
    this.afterYear = template.substring(year + 3);
    this.firstOfMonth = firstOfMonth;
    this.yearsApart = yearsApart;
    this.monthsApart = monthsApart;
    this.daysApart = daysApart;
  }

  @Override
  public String format(LocalDate date) {
    return dayAndMonth(date) + monthToYear + date.getYear() + afterYear;
  }

  @Override
  public String formatRange(LocalDate first, LocalDate last) {
    String end = format(last);
    if (first.getYear() != last.getYear()) {
      return format(first) + yearsApart + end;
    }
    if (first.getMonth() != last.getMonth()) {
      return dayAndMonth(first) + monthsApart + end;
    }
    return day(first) + daysApart + end;
  }

  private String dayAndMonth(LocalDate date) {
    return day(date) + dayToMonth + months.name(date.getMonthValue());
  }

  private String day(LocalDate date) {
    return date.getDayOfMonth() == 1 ? firstOfMonth : Integer.toString(date.getDayOfMonth());
  }
}
