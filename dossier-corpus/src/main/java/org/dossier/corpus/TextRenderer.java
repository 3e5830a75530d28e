package org.dossier.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;

/** Lays a page out as plain text, as a PDF-to-text or Word-to-text conversion would give it. */
final class TextRenderer {
  private static final int PAGE_LINES = 45;

  private TextRenderer() {}

  /** The page without noise: one block per line, blocks separated by a blank line. */
  static String clean(Page page) {
    int length = 0;
    for (Block block : page.blocks()) {
      length += block.text().length() + 2;
    }
    StringBuilder out = new StringBuilder(length);
    for (Block block : page.blocks()) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.append('\n').toString();
  }

  /**
   * The page with {@code noise}. When the noise has pages, each page ends with {@code
   * runningFooter} (the job number without its language) and each page after the first starts with
   * {@code runningHeader} (the symbol; null when the masthead does not print it) and the page
   * number.
   */
  static String render(
      Page page, Noise noise, SplittableRandom random, String runningHeader, String runningFooter) {
    List<String> lines = new ArrayList<>();
    if (noise.extraBlankLines()) {
      for (int i = random.nextInt(5); i > 0; i--) {
        lines.add("");
      }
    }
    int pageStart = 0;
    int pageNumber = 1;
    List<Block> blocks = page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (noise.pages() && !block.role().masthead() && lines.size() - pageStart > PAGE_LINES) {
        pageNumber++;
        lines.add(runningFooter);
        lines.add("\f" + (runningHeader == null ? "" : runningHeader));
        lines.add("");
        lines.add(Integer.toString(pageNumber));
        lines.add("");
        pageStart = lines.size();
      }
      String text = block.text();
      if (noise.oddSpacing() && block.role() == Role.PARAGRAPH) {
        text = text.replace(". ", ".  ");
      }
      if (noise.wraps() && wrapped(block.role())) {
        for (String line : wrap(text, noise.wrapWidth())) {
          boolean trailingSpace =
              noise.oddSpacing() && block.role() == Role.PARAGRAPH && random.nextInt(4) == 0;
          lines.add(trailingSpace ? line + " " : line);
        }
      } else {
        lines.add(text);
      }
      boolean bothMasthead =
          b + 1 < blocks.size() && block.role().masthead() && blocks.get(b + 1).role().masthead();
      if (!(noise.compactMasthead() && bothMasthead)) {
        lines.add("");
        if (noise.extraBlankLines() && random.nextInt(4) == 0) {
          lines.add("");
        }
      }
    }
    while (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    return String.join("\n", lines) + "\n";
  }

  private static boolean wrapped(Role role) {
    return switch (role) {
      case AGENDA_TITLE, PRETITLE, TITLE, PARAGRAPH, FOOTNOTE, ANNEX_TITLE, ANNEX_PARAGRAPH -> true;
      default -> false;
    };
  }

  /**
   * Splits {@code text} into lines of at most {@code width} characters where a single space allows
   * it; runs of spaces are never split, so joining the lines with single spaces gives the text
   * back.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int candidate = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (!end && !singleSpace(text, i)) {
        continue;
      }
      if (i - start > width && candidate > start) {
        lines.add(text.substring(start, candidate));
        start = candidate + 1;
      }
      candidate = i;
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static boolean singleSpace(String text, int i) {
    return text.charAt(i) == ' '
        && (i == 0 || text.charAt(i - 1) != ' ')
        && (i + 1 == text.length() || text.charAt(i + 1) != ' ');
  }
}
