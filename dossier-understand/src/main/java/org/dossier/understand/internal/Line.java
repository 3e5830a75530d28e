package org.dossier.understand.internal;

/**
 * One logical line of a document with its 1-based position in the source, kept so that warnings can
 * point at what the reader sees in the original file.
 */
public record Line(int number, int column, String text) {
  /** The text of the line standing for a page break (a form feed in the source). */
  public static final String PAGE_BREAK = "\f";

  public boolean isPageBreak() {
    return PAGE_BREAK.equals(text);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
