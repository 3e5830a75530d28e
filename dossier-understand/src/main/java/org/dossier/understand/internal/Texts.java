package org.dossier.understand.internal;

/** Small string helpers used on every line, written without regex and without needless copies. */
public final class Texts {
  private Texts() {}

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
