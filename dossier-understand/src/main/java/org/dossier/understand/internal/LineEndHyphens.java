package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import org.dossier.lang.LanguageConventions;

/**
 * Tells the printer's hyphens at line ends from the hyphens of compounds broken there, in the
 * document's language: {@code Perma-} + {@code nent} is one word, {@code non-} + {@code
 * governmental} and {@code социально-} + {@code экономический} keep their hyphen. A printer's
 * hyphen becomes a soft hyphen, the mark for a break a typesetter may make, which joining the lines
 * removes; a compound's hyphen stays. Only a hyphen after a letter and before a lower-case letter
 * is in question: before a capital or a digit ({@code Secretary-} + {@code General}) it is always
 * the word's own.
 */
final class LineEndHyphens {
  static final char PRINTERS_HYPHEN = '\u00AD';

  private LineEndHyphens() {}

  /** The lines with every printer's hyphen at a line end made soft; the same list when none. */
  static List<Line> resolve(List<Line> lines, LanguageConventions conventions) {
    List<Line> resolved = null;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      int end = text.length();
      while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
        end--;
      }
      // Cheap guard first: most lines do not end in a hyphen.
      if (end < 2 || text.charAt(end - 1) != '-' || !Character.isLetter(text.charAt(end - 2))) {
        continue;
      }
      String after = firstWord(lines.get(i + 1).text());
      if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
        continue;
      }
      int start = end - 1;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (conventions.keepsLineEndHyphen(text.substring(start, end - 1), after)) {
        continue;
      }
      if (resolved == null) {
        resolved = new ArrayList<>(lines);
      }
      resolved.set(
          i, new Line(line.number(), line.column(), text.substring(0, end - 1) + PRINTERS_HYPHEN));
    }
    return resolved == null ? lines : resolved;
  }

  /** The letters at the start of {@code text}, after its indentation. */
  private static String firstWord(String text) {
    int start = 0;
    while (start < text.length() && Texts.isSpace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }
}
