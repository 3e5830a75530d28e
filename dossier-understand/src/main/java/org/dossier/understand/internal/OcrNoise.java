package org.dossier.understand.internal;

import java.util.Locale;

/**
 * What the text layer of a scanned masthead carries besides the masthead: library stamps and specks
 * read as characters ({@code UN UBRAR'(}), and digits read as look-alike signs ({@code ~9 September
 * 1971} for the 29th). Narrow on purpose: only lines no masthead or title prints are noise.
 */
final class OcrNoise {
  private static final int LONGEST_NOISE = 30;

  /** Signs that no masthead prints; OCR makes them of specks and stamp edges. */
  private static final String STRAY_SIGNS = "~·¬\\";

  /** Signs OCR reads a typewritten digit as, and the digit. */
  private static final String LOOK_ALIKES = "~Zz2 Il|1 Oo0 S5 B8";

  private OcrNoise() {}

  /** Whether a short line is scanning noise: a stray sign, a dangling bracket, a comma glued on. */
  static boolean isNoise(String text) {
    if (text.length() > LONGEST_NOISE) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '(' || last == '[') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (STRAY_SIGNS.indexOf(c) >= 0
          || (c == ',' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line with the look-alike signs of its first word, a day of the month, read as digits
   * ({@code ~9 September 1971} → {@code 29 September 1971}); null when that word is not a day with
   * a look-alike in it.
   */
  static String repairedDay(String text) {
    int space = text.indexOf(' ');
    if (space < 1 || space > 2) {
      return null;
    }
    StringBuilder day = new StringBuilder(2);
    boolean repaired = false;
    for (int i = 0; i < space; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        day.append(c);
        continue;
      }
      char digit = digitLookingLike(c);
      if (digit == 0) {
        return null;
      }
      day.append(digit);
      repaired = true;
    }
    return repaired ? day + text.substring(space) : null;
  }

  /** Whether two texts differ, case aside, by at most two inserted, deleted or changed signs. */
  static boolean withinTwoEdits(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (Math.abs(x.length() - y.length()) > 2) {
      return false;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int change = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()] <= 2;
  }

  private static char digitLookingLike(char c) {
    for (String group : LOOK_ALIKES.split(" ")) {
      if (group.indexOf(c) >= 0 && group.indexOf(c) < group.length() - 1) {
        return group.charAt(group.length() - 1);
      }
    }
    return 0;
  }
}
