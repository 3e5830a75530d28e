package org.dossier.lang;

/**
 * Something recognised in a text, with the half-open character range {@code [start, end)} of the
 * words that expressed it.
 *
 * @param value what was recognised (a date, an alpha-3 country code, an agenda heading…)
 * @param start index of the first character of the expression
 * @param end index just after the last character of the expression
 * @param <T> the kind of value
 */
public record Match<T>(T value, int start, int end) {
  public Match {
    if (value == null) {
      throw new IllegalArgumentException("Match value is null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Match range [" + start + ", " + end + ") is not a valid character range");
    }
  }
}
