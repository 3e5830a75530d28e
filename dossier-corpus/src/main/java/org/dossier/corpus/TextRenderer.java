package org.dossier.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;

/** Lays a page out as plain text, as a PDF-to-text or Word-to-text conversion would give it. */
final class TextRenderer {
  private static final int PAGE_LINES = 45;
  private static final String FOOTNOTE_RULE = "__________";

  /** Where a soft hyphen goes in words longer than this (a word processor's hyphenation point). */
  private static final int SOFT_HYPHEN_AFTER = 7;

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
    List<Block> blocks = noise.printed() ? sideBySide(page.blocks(), random) : page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (noise.printed()
          && block.role() == Role.FOOTNOTE
          && blocks.get(b - 1).role() != Role.FOOTNOTE) {
        lines.add(FOOTNOTE_RULE);
      }
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
      if (noise.printed() && !block.role().masthead() && block.role() != Role.FOOTER) {
        text = printed(text);
      }
      int start = lines.size();
      if (noise.wraps() && wrapped(block.role())) {
        for (String line : wrap(text, noise.wrapWidth(), noise.printed())) {
          boolean trailingSpace =
              noise.oddSpacing() && block.role() == Role.PARAGRAPH && random.nextInt(4) == 0;
          lines.add(trailingSpace ? line + " " : line);
        }
      } else {
        lines.add(text);
      }
      if (noise.printed()) {
        markRightToLeft(lines, start);
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

  /**
   * The masthead as extracted from the two columns of a PDF: the Organization's name beside the
   * symbol and the organ's beside the distribution line, on one line, separated by one space or by
   * the width of the page.
   */
  private static List<Block> sideBySide(List<Block> blocks, SplittableRandom random) {
    List<Block> merged = new ArrayList<>(blocks.size());
    String gap = random.nextBoolean() ? " " : " ".repeat(10 + random.nextInt(30));
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      Role next = b + 1 < blocks.size() ? blocks.get(b + 1).role() : null;
      boolean pair =
          (block.role() == Role.ORGANIZATION && next == Role.SYMBOL)
              || (block.role() == Role.ORGAN && next == Role.DISTRIBUTION);
      if (!pair) {
        merged.add(block);
        continue;
      }
      merged.add(new Block(block.role(), block.text() + gap + blocks.get(++b).text()));
    }
    return merged;
  }

  private static boolean isArabic(String text) {
    return !text.isEmpty()
        && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.ARABIC;
  }

  /**
   * The text as PDF extraction gives it: ligatures for {@code fi} and {@code fl}, a no-break space
   * between a number and the word after it, a soft hyphen inside long words.
   */
  private static String printed(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int wordLength = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (c == 'f' && (next == 'i' || next == 'l')) {
        out.append(next == 'i' ? 'ﬁ' : 'ﬂ');
        i++;
        wordLength += 2;
        continue;
      }
      boolean numberThenWord = c == ' ' && i > 0 && Character.isDigit(text.charAt(i - 1));
      out.append(numberThenWord && Character.isLetter(next) ? '\u00A0' : c);
      wordLength = Character.isLetter(c) ? wordLength + 1 : 0;
      if (wordLength == SOFT_HYPHEN_AFTER && Character.isLowerCase(next)) {
        out.append('\u00AD');
      }
    }
    return out.toString();
  }

  /** Lines of Arabic text start with a right-to-left mark, as extracted from PDF. */
  private static void markRightToLeft(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isArabic(line)) {
        lines.set(i, '\u200F' + line);
      }
    }
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
    return wrap(text, width, false);
  }

  /**
   * As {@link #wrap(String, int)}; when {@code hyphenate}, a word that would start the next line is
   * broken as a typesetter does: a compound after its own hyphen, a long lower-case word in the
   * middle with a hyphen added.
   */
  static List<String> wrap(String text, int width, boolean hyphenate) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int candidate = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (!end && !singleSpace(text, i)) {
        continue;
      }
      if (i - start > width && candidate > start) {
        int compound = hyphenate ? compoundBreak(text, candidate + 1, i, start + width) : -1;
        int split = hyphenate ? hyphenationPoint(text, candidate + 1, i, start + width - 1) : -1;
        if (compound > 0) {
          lines.add(text.substring(start, compound));
          start = compound;
        } else if (split > 0) {
          lines.add(text.substring(start, split) + "-");
          start = split;
        } else {
          lines.add(text.substring(start, candidate));
          start = candidate + 1;
        }
      }
      candidate = i;
    }
    lines.add(text.substring(start));
    return lines;
  }

  /**
   * Where the word {@code text[from, to)}, a compound written with a hyphen ({@code
   * non-governmental}, {@code Secretary-General}), may be broken after its own hyphen so that the
   * line ends by {@code limit}: as a typesetter breaks a hyphenated compound only there (Chicago
   * Manual of Style, 7.42); -1 if it has none that fits.
   */
  private static int compoundBreak(String text, int from, int to, int limit) {
    for (int i = Math.min(to, limit) - 1; i > from; i--) {
      if (text.charAt(i) == '-'
          && Character.isLetter(text.charAt(i - 1))
          && i + 1 < to
          && Character.isLetter(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Where the word {@code text[from, to)} may be hyphenated so that the line, hyphen included, ends
   * by {@code limit}: as late as fits, leaving four letters on each side, if it is a long word of
   * lower-case letters (soft hyphens allowed); -1 otherwise.
   */
  private static int hyphenationPoint(String text, int from, int to, int limit) {
    if (to - from < 10) {
      return -1;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isLowerCase(c) && c != '\u00AD') {
        return -1;
      }
    }
    int split = Math.min(limit, to - 4);
    return split >= from + 4 ? split : -1;
  }

  private static boolean singleSpace(String text, int i) {
    return text.charAt(i) == ' '
        && (i == 0 || text.charAt(i - 1) != ' ')
        && (i + 1 == text.length() || text.charAt(i + 1) != ' ');
  }
}
