package org.dossier.corpus;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;
import org.dossier.model.Language;

/**
 * Lays a page out as Markdown the way a Word-to-Markdown export does: bold runs for headings and
 * titles, hard line breaks (two trailing spaces) inside the masthead's label block and inside long
 * bold titles, {@code <sup>} for French ordinal suffixes, escaped asterisks, and sometimes two bold
 * paragraphs glued together ({@code **A****B**}).
 */
final class MarkdownRenderer {
  private static final Pattern FRENCH_FIRST = Pattern.compile("\\b1er\\b");

  private MarkdownRenderer() {}

  static String render(Page page, Language language, Noise noise, SplittableRandom random) {
    StringBuilder out = new StringBuilder("\n\n");
    List<Block> blocks = page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      Role role = block.role();
      String text = inline(block.text(), language);
      if (role == Role.ANNEX_TITLE) {
        out.append("\n\n\n");
      }
      if (role.bold()) {
        int width = 40 + random.nextInt(30);
        out.append("**").append(String.join("  \n", TextRenderer.wrap(text, width))).append("**");
      } else {
        out.append(text);
      }
      Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
      if (next == null) {
        out.append('\n');
      } else if (labelBlock(role) && labelBlock(next.role())) {
        out.append("  \n");
      } else if (!(noise.gluedBold() && role.bold() && next.role().bold())) {
        out.append("\n\n");
      }
    }
    return out.toString();
  }

  /** The masthead lines Word keeps in one paragraph with line breaks. */
  private static boolean labelBlock(Role role) {
    return role == Role.DISTRIBUTION
        || role == Role.DATE
        || role == Role.VERSION_LANGUAGE
        || role == Role.ORIGINAL;
  }

  private static String inline(String text, Language language) {
    String escaped = text.replace("\\", "\\\\").replace("*", "\\*");
    return language == Language.FR
        ? FRENCH_FIRST.matcher(escaped).replaceAll("1<sup>er</sup>")
        : escaped;
  }
}
