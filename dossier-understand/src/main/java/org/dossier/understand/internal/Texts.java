package org.dossier.understand.internal;

import java.util.List;

/** Small string helpers used on every line, written without regex and without needless copies. */
public final class Texts {
  private Texts() {}

  /**
   * The lines of one paragraph as one text with single spaces. A line ending in a printer's hyphen
   * ({@link LineEndHyphens}) joins the next without it ("Perma-" + "nent"), one ending in a word's
   * own hyphen keeps it, without space ("Secretary-" + "General", "non-" + "governmental"), and
   * Chinese lines join without a space.
   */
  static String joinLines(List<Line> lines) {
    if (lines.size() == 1) {
      return withoutPrintersHyphen(collapseSpaces(lines.getFirst().text()));
    }
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      String text = withoutIndent(line.text());
      int end = joined.length();
      while (end > 0 && isSpace(joined.charAt(end - 1))) {
        end--;
      }
      joined.setLength(end);
      if (end > 0 && joined.charAt(end - 1) == LineEndHyphens.PRINTERS_HYPHEN) {
        joined.setLength(end - 1);
      } else if (end > 0
          && !(end > 1
              && joined.charAt(end - 1) == '-'
              && Character.isLetter(joined.charAt(end - 2)))
          && !betweenIdeographs(joined, text)) {
        joined.append(' ');
      }
      joined.append(text);
    }
    return withoutPrintersHyphen(collapseSpaces(joined));
  }

  /** A line's indent, which would put a space between two joined Chinese lines. */
  private static String withoutIndent(String text) {
    int start = 0;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    return start == 0 ? text : text.substring(start);
  }

  /** A printer's hyphen on the last line of a paragraph, which joins nothing, is printed. */
  private static String withoutPrintersHyphen(String text) {
    return !text.isEmpty() && text.charAt(text.length() - 1) == LineEndHyphens.PRINTERS_HYPHEN
        ? text.substring(0, text.length() - 1) + '-'
        : text;
  }

  /** Chinese is wrapped between any two characters: its lines join without a space. */
  private static boolean betweenIdeographs(CharSequence joined, String next) {
    int start = 0;
    while (start < next.length() && isSpace(next.charAt(start))) {
      start++;
    }
    return start < next.length()
        && isChinese(joined.charAt(joined.length() - 1))
        && isChinese(next.charAt(start));
  }

  /** An ideograph or Chinese punctuation ("、", "，", "（"), which Chinese wraps after too. */
  private static boolean isChinese(char c) {
    if (Character.isIdeographic(c)) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
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
