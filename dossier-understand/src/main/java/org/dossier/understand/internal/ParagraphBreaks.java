package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where paragraphs begin inside a run of lines printed without blank lines between them, as the
 * agenda item titles of a masthead extracted from PDF are. Text wrapped to a width leaves a line
 * short only where its paragraph ends: a line on which the next line's first word would have fitted
 * ends a paragraph. The width is estimated by the run's longest line; a tenth of it is left as a
 * margin for proportional type, where lines of equal width hold different numbers of characters.
 */
final class ParagraphBreaks {
  /** Marks at a line end after which the paragraph goes on, whatever the line's length. */
  private static final String CONTINUING_ENDS = ",;:-‐–—،؛、（(";

  private ParagraphBreaks() {}

  /**
   * The indexes of the lines of {@code lines}, in order, that begin a paragraph: every line after a
   * short line, then, while fewer than {@code wanted}, the lines after the shortest remaining
   * lines; the first {@code most} of them. A line that begins in lower case, or that follows a line
   * ending in a comma, colon, semicolon or dash, or {@code midPhrase} (in an article or a
   * preposition), never begins a paragraph.
   */
  static List<Integer> starts(
      List<String> lines, int wanted, int most, Predicate<String> midPhrase) {
    int width = 0;
    for (String line : lines) {
      width = Math.max(width, line.length());
    }
    int margin = width / 10;
    List<Integer> starts = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    int[] slack = new int[lines.size()];
    for (int i = 1; i < lines.size(); i++) {
      String previous = lines.get(i - 1);
      String line = lines.get(i);
      if (line.isEmpty()
          || previous.isEmpty()
          || !mayBegin(previous, line)
          || midPhrase.test(previous)) {
        continue;
      }
      slack[i] = width - previous.length() - firstWordWidth(line);
      (slack[i] >= margin ? starts : others).add(i);
    }
    others.sort((a, b) -> Integer.compare(slack[b], slack[a]));
    for (int k = 0; starts.size() < wanted && k < others.size(); k++) {
      starts.add(others.get(k));
    }
    starts.sort(null);
    return starts.size() > most ? starts.subList(0, most) : starts;
  }

  private static boolean mayBegin(String previous, String line) {
    return CONTINUING_ENDS.indexOf(previous.charAt(previous.length() - 1)) < 0
        && !Character.isLowerCase(line.codePointAt(0));
  }

  /**
   * What the first word of {@code line} would have taken at the end of the line before: the word
   * and a space, or one ideograph (Chinese is broken between any two characters, without spaces).
   */
  private static int firstWordWidth(String line) {
    if (Character.isIdeographic(line.codePointAt(0))) {
      return 1;
    }
    int space = line.indexOf(' ');
    return 1 + (space < 0 ? line.length() : space);
  }
}
