package org.dossier.model;

/** Compares texts with their digit runs taken as numbers, so that "9" sorts before "10". */
final class NaturalOrder {
  private NaturalOrder() {}

  static int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (isDigit(a) && isDigit(b)) {
        int endA = digitsEnd(left, i);
        int endB = digitsEnd(right, j);
        int byValue = compareDigits(left.substring(i, endA), right.substring(j, endB));
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else if (a != b) {
        return Character.compare(a, b);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Compares two digit runs by value without parsing, so any length works. */
  private static int compareDigits(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }
}
