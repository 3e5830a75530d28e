package org.dossier.understand.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication job number printed in the first-page footer (un-conventions §1.4): {@code
 * [GE.|V.]YY-NNNNN[*] (L) [DDMMYY [DDMMYY]]}, possibly followed by the bar code {@code *YYNNNNN*}.
 * The record keeps the number and the language letter as printed, without the dates.
 */
public final class JobNumbers {
  private static final Pattern LINE =
      Pattern.compile(
          "((?:GE|V|NY)\\.\\s?)?(\\d{2}-\\d{5})(\\*?)(?:\\s*(\\([ACEFRSGO]\\)))?"
              + "((?:\\s+\\d{6}){0,2})(?:\\s+\\*\\d{7}\\*)?");

  private JobNumbers() {}

  /**
   * The job number if the whole line is one; a bare {@code YY-NNNNN} needs a duty-station prefix or
   * a language letter, otherwise it could be anything.
   */
  public static String parse(String line) {
    String text = line.strip();
    if (text.length() < 8
        || text.length() > 60
        || !Character.isLetterOrDigit(text.charAt(0))
        || text.indexOf('-') < 0) {
      return null;
    }
    Matcher m = LINE.matcher(text);
    if (!m.matches() || (m.group(1) == null && m.group(4) == null)) {
      return null;
    }
    StringBuilder job = new StringBuilder();
    if (m.group(1) != null) {
      job.append(m.group(1).strip());
    }
    job.append(m.group(2)).append(m.group(3));
    if (m.group(4) != null) {
      int spaceBefore = m.start(4) > m.end(3) ? 1 : 0;
      job.append(spaceBefore == 1 ? " " : "").append(m.group(4));
    }
    return job.toString();
  }

  /** A bar code line {@code *2006123*} repeating the job number: page furniture. */
  public static boolean isBarCode(String line) {
    String text = line.strip();
    if (text.length() < 9 || text.length() > 11 || text.charAt(0) != '*') {
      return false;
    }
    for (int i = 1; i < text.length() - 1; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return text.charAt(text.length() - 1) == '*';
  }
}
