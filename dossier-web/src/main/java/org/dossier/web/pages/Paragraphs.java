package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.catalogue.CataloguedVersion;

/**
 * A version's clean text as paragraphs, and two versions side by side paragraph by paragraph (the
 * n-th paragraph of one beside the n-th of the other, which is how the six versions of a UN
 * document are laid out; sentence alignment will refine it).
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

  /** The two versions' paragraphs in pairs; the shorter side is padded with empty cells. */
  static List<Views.Pair> aligned(CataloguedVersion left, CataloguedVersion right) {
    List<String> one = of(left);
    List<String> two = of(right);
    List<Views.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < Math.max(one.size(), two.size()); i++) {
      pairs.add(new Views.Pair(i < one.size() ? one.get(i) : "", i < two.size() ? two.get(i) : ""));
    }
    return pairs;
  }
}
