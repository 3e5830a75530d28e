package org.dossier.lang;

import java.time.LocalDate;

/**
 * An inclusive range of days, such as the dates of a session ({@code 24 February–20 March 2020}). A
 * single date is the range whose first and last days are equal.
 */
public record DateRange(LocalDate first, LocalDate last) {
  public DateRange {
    if (first == null || last == null) {
      throw new IllegalArgumentException("Date range needs both a first and a last day");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Date range ends (" + last + ") before it starts (" + first + ")");
    }
  }

  /** The one-day range of {@code day}. */
  public static DateRange of(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Whether the range is a single day. */
  public boolean isSingleDay() {
    return first.equals(last);
  }
}
