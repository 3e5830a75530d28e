package org.dossier.lang.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a language writes with a hyphen, to tell a compound broken at its own hyphen at a line
 * end ({@code non-} + {@code governmental}) from a word the printer broke ({@code Perma-} + {@code
 * nent}): first parts that always keep their hyphen ({@code non}, {@code sous}, {@code вице}), and
 * shapes of whole compounds ({@code социально-экономический}: an adjective stem ending in
 * <i>-но</i>, then an adjective).
 */
public final class CompoundWords {
  /** For languages that write no compounds with a hyphen, or do not hyphenate at line ends. */
  public static final CompoundWords NONE = new CompoundWords(Set.of(), List.of());

  private final Set<String> firstParts;
  private final List<Pattern> shapes;

  /**
   * @param firstParts lower-case first parts that keep their hyphen before any word
   * @param shapes regular expressions of whole lower-case compounds, hyphen included
   */
  public CompoundWords(Set<String> firstParts, List<String> shapes) {
    this.firstParts = Set.copyOf(firstParts);
    this.shapes = shapes.stream().map(Pattern::compile).toList();
  }

  /**
   * Whether {@code before + "-" + after} is a compound of the language, {@code before} being the
   * letters before a hyphen printed at a line end and {@code after} the word beginning the next
   * line.
   */
  public boolean keepsHyphen(String before, String after) {
    String first = before.toLowerCase(Locale.ROOT);
    if (firstParts.contains(first)) {
      return true;
    }
    if (shapes.isEmpty()) {
      return false;
    }
    String compound = first + "-" + after.toLowerCase(Locale.ROOT);
    for (Pattern shape : shapes) {
      if (shape.matcher(compound).matches()) {
        return true;
      }
    }
    return false;
  }
}
