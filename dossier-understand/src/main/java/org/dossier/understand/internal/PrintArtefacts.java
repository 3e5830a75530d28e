package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes what text extraction from PDF and word processors leaves inside lines: soft hyphens,
 * zero-width characters, the directional marks around Arabic text, and typographic ligatures
 * ({@code ﬁ}, {@code ﬂ}). Lines without any of them are passed through untouched.
 */
final class PrintArtefacts {
  private PrintArtefacts() {}

  /** The lines with their artefacts removed; the same list when no line had any. */
  static List<Line> clean(List<Line> lines) {
    List<Line> cleaned = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = clean(line.text());
      if (cleaned == null && text != line.text()) {
        cleaned = new ArrayList<>(lines.subList(0, i));
      }
      if (cleaned != null) {
        cleaned.add(text == line.text() ? line : new Line(line.number(), line.column(), text));
      }
    }
    return cleaned == null ? lines : cleaned;
  }

  /** The text without artefacts; the same instance when it has none. */
  static String clean(String text) {
    int first = 0;
    while (first < text.length() && !isArtefact(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isArtefact(c)) {
        out.append(c);
      } else if (c >= '\uFB00' && c <= '\uFB06') {
        out.append(LIGATURES[c - '\uFB00']);
      }
    }
    return out.toString();
  }

  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  /** Characters that carry no text: invisible marks and ligatures (which are expanded). */
  private static boolean isArtefact(char c) {
    if (c < '\u00AD') {
      return false;
    }
    return c == '\u00AD' // soft hyphen
        || c == '\u061C' // Arabic letter mark
        || (c >= '\u200B' && c <= '\u200F') // zero-width space, joiners, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E') // directional embeddings and overrides
        || (c >= '\u2060' && c <= '\u2069') // word joiner, directional isolates
        || c == '\uFEFF' // zero-width no-break space (a BOM inside the text)
        || (c >= '\uFB00' && c <= '\uFB06'); // Latin ligatures
  }
}
