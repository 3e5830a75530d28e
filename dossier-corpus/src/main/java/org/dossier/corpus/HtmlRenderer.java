package org.dossier.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;
import org.dossier.model.Language;

/** Lays a page out as a simple HTML document, one paragraph per block, right-to-left for Arabic. */
final class HtmlRenderer {
  private static final Pattern FRENCH_FIRST = Pattern.compile("\\b1er\\b");

  private HtmlRenderer() {}

  static String render(Page page, Language language) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append(language == Language.AR ? "\" dir=\"rtl\">\n" : "\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n");
    List<Block> blocks = page.blocks();
    boolean inLabels = false;
    for (Block block : blocks) {
      Role role = block.role();
      boolean label =
          role == Role.DISTRIBUTION
              || role == Role.DATE
              || role == Role.VERSION_LANGUAGE
              || role == Role.ORIGINAL;
      if (inLabels && !label) {
        out.append("</p>\n");
      }
      if (label) {
        out.append(inLabels ? "<br>\n" : "<p class=\"masthead\">");
      } else {
        out.append("<p class=\"").append(role.name().toLowerCase(Locale.ROOT)).append("\">");
      }
      String text = inline(block.text(), language);
      out.append(role.bold() ? "<b>" + text + "</b>" : text);
      if (!label) {
        out.append("</p>\n");
      }
      inLabels = label;
    }
    if (inLabels) {
      out.append("</p>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String inline(String text, Language language) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return language == Language.FR
        ? FRENCH_FIRST.matcher(escaped).replaceAll("1<sup>er</sup>")
        : escaped;
  }
}
