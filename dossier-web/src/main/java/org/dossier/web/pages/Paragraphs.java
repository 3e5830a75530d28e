package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.catalogue.CataloguedVersion;

/**
 * A version's clean text as paragraphs, and two versions side by side paragraph by paragraph (the
 * n-th paragraph of one beside the n-th of the other, the fallback of the side-by-side view when no
 * sentence alignment can be computed).
 */
final class Paragraphs {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  private Paragraphs() {}

  /** The paragraphs of a version's text: blocks separated by blank lines, lines joined. */
  static List<String> of(CataloguedVersion version) {
    return split(version.text());
  }

  static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    for (String block : BLANK_LINES.split(text.replace("\r\n", "\n"))) {
      String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
      if (!joined.isEmpty()) {
        paragraphs.add(joined);
      }
    }
    return paragraphs;
  }

  /**
   * The two versions' paragraphs in rows, the n-th beside the n-th; the shorter side is padded with
   * empty cells.
   */
  static List<Views.Row> aligned(CataloguedVersion left, CataloguedVersion right) {
    List<String> one = of(left);
    List<String> two = of(right);
    List<Views.Row> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(one.size(), two.size()); i++) {
      rows.add(
          new Views.Row(
              i < one.size() ? List.of(one.get(i)) : List.of(),
              i < two.size() ? List.of(two.get(i)) : List.of()));
    }
    return rows;
  }
}
