package org.dossier.lang.internal;

import java.time.LocalDate;

/** How a language writes a date, and a range of days that does not repeat what its ends share. */
public interface DateWriter {
  /** {@code date} as the language writes it. */
  String format(LocalDate date);

  /** The range of at least two days from {@code first} to {@code last}. */
  String formatRange(LocalDate first, LocalDate last);
}
