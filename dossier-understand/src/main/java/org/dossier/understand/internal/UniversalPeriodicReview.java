package org.dossier.understand.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.Countries;

/**
 * The Universal Periodic Review's documents name the State under review in their symbol ({@code
 * A/HRC/WG.6/47/GHA/1}); the first of the three, the national report, is that State's own
 * submission, so the State is its country. The compilation ({@code /2}) and the summary of
 * stakeholders' submissions ({@code /3}) are the Office's and have none.
 */
final class UniversalPeriodicReview {
  private static final Pattern NATIONAL_REPORT =
      Pattern.compile("A/HRC/WG\\.6/\\d{1,3}/([A-Z]{3})/1(?:/.*)?");

  private UniversalPeriodicReview() {}

  /** The alpha-3 code of the State whose national report {@code symbol} is, or null. */
  static String nationalReportState(String symbol) {
    if (symbol == null) {
      return null;
    }
    Matcher m = NATIONAL_REPORT.matcher(symbol);
    return m.matches() && Countries.isState(m.group(1)) ? m.group(1) : null;
  }
}
