package org.dossier.understand.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small string helpers used on every line, written without regex and without needless copies. */
public final class Texts {
  /**
   * First halves of compounds that keep their hyphen when a line breaks after it ("non-" +
   * "governmental"); any other word broken by a hyphen at a line end was hyphenated by the printer.
   */
  private static final Set<String> COMPOUND_FIRST_HALVES =
      Set.of(
          "non",
          "self",
          "so",
          "follow",
          "capacity",
          "decision",
          "well",
          "long",
          "short",
          "co",
          "cross",
          "counter",
          "anti",
          "post",
          "pre",
          "vice",
          "sous",
          "socio",
          "ex",
          "multi",
          "inter",
          "peace",
          "policy",
          "law",
          "two",
          "three",
          "high",
          "low",
          "mid",
          "semi");

  private Texts() {}

  /**
   * The lines of one paragraph as one text with single spaces, mending words the printer broke with
   * a hyphen at a line end ("Perma-" + "nent") and Chinese lines without a space; a hyphen before a
   * capital or a digit ("Secretary-" + "General", "février-" + "20 mars") or ending a known
   * compound half ("non-" + "governmental") is kept, without space.
   */
  static String joinLines(List<Line> lines) {
    if (lines.size() == 1) {
      return collapseSpaces(lines.getFirst().text());
    }
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      String text = line.text();
      int end = joined.length();
      while (end > 0 && isSpace(joined.charAt(end - 1))) {
        end--;
      }
      joined.setLength(end);
      if (end > 1 && joined.charAt(end - 1) == '-' && Character.isLetter(joined.charAt(end - 2))) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
          start++;
        }
        if (start < text.length()
            && Character.isLowerCase(text.charAt(start))
            && !isCompoundHalf(joined, end - 1)) {
          joined.setLength(end - 1);
        }
      } else if (end > 0 && !betweenIdeographs(joined, text)) {
        joined.append(' ');
      }
      joined.append(text);
    }
    return collapseSpaces(joined);
  }

  /** Chinese is wrapped between any two characters: its lines join without a space. */
  private static boolean betweenIdeographs(CharSequence joined, String next) {
    int start = 0;
    while (start < next.length() && isSpace(next.charAt(start))) {
      start++;
    }
    return start < next.length()
        && Character.isIdeographic(joined.charAt(joined.length() - 1))
        && Character.isIdeographic(next.charAt(start));
  }

  /** Whether the word ending before the hyphen at {@code hyphen} is a known compound half. */
  private static boolean isCompoundHalf(CharSequence text, int hyphen) {
    int start = hyphen;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return hyphen - start <= 8
        && COMPOUND_FIRST_HALVES.contains(
            text.subSequence(start, hyphen).toString().toLowerCase(Locale.ROOT));
  }

  /**
   * Trims and collapses every run of white space (including no-break and other Unicode spaces) to
   * one ASCII space; returns the text itself when there is nothing to change.
   */
  public static String collapseSpaces(CharSequence text) {
    if (isCollapsed(text)) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = !out.isEmpty();
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isCollapsed(CharSequence text) {
    int length = text.length();
    if (length == 0) {
      return true;
    }
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(length - 1))) {
      return false;
    }
    for (int i = 1; i < length - 1; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** White space including the no-break and typographic spaces common in UN documents. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00A0') {
      return false; // most characters of most documents: printable ASCII
    }
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A');
  }
}
