package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown as Word exports it, reduced to plain lines: emphasis markers, simple inline tags and
 * backslash escapes removed, two bold runs glued together ({@code **a****b**}) split into separate
 * paragraphs (Word writes consecutive bold paragraphs that way), headings' {@code #} dropped.
 */
public final class MarkdownText {
  private static final Pattern INLINE_TAG =
      Pattern.compile("</?(?:sup|sub|u|em|strong|b|i|span)(?:\\s[^<>]{0,200})?>");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^(\\d{1,3})\\]:\\s+");
  private static final Pattern TABLE_RULE =
      Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
  private static final Pattern CELL_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private MarkdownText() {}

  /**
   * True when the text carries at least three Markdown signals (one could be chance): bold marks,
   * {@code <sup>}/{@code <sub>}, backslash escapes, two trailing spaces (a hard break), headings;
   * or one footnote definition. Each kind of signal is looked for with the JDK's vectorised {@code
   * indexOf}: plain text, the common case, has none, and is crossed once per kind at memory speed
   * rather than char by char.
   */
  public static boolean looksLikeMarkdown(String text) {
    // A footnote definition, "[^1]: …" at the start of a line, is Markdown's alone.
    for (int at = text.indexOf("\n[^"); at >= 0; at = text.indexOf("\n[^", at + 3)) {
      if (FOOTNOTE_DEFINITION.matcher(text).region(at + 1, text.length()).lookingAt()) {
        return true;
      }
    }
    int found = 0;
    // Stars pair from the left, as a reader of "***" sees one bold mark and a stray star.
    for (int at = text.indexOf("**"); at >= 0 && found < 3; at = text.indexOf("**", at + 2)) {
      if (isBoldLine(text, at)) {
        return true;
      }
      found += at + 2 < text.length() && !Texts.isSpace(text.charAt(at + 2)) ? 1 : 0;
    }
    found += count(text, "<sup>", 3 - found);
    found += count(text, "<sub>", 3 - found);
    for (int at = text.indexOf('\\'); at >= 0 && found < 3; at = text.indexOf('\\', at + 1)) {
      found += at + 1 < text.length() && "*_#[]".indexOf(text.charAt(at + 1)) >= 0 ? 1 : 0;
    }
    for (String hardBreak : new String[] {"  \n", "  \r"}) {
      for (int at = text.indexOf(hardBreak); at >= 0 && found < 3; ) {
        found += at == 0 || text.charAt(at - 1) != ' ' ? 1 : 0;
        at = text.indexOf(hardBreak, at + 1);
      }
    }
    for (int at = text.indexOf('#'); at >= 0 && found < 3; at = text.indexOf('#', at + 1)) {
      found += (at == 0 || text.charAt(at - 1) == '\n') && isHeading(text, at) ? 1 : 0;
    }
    return found >= 3;
  }

  /**
   * Whether a bold run that opens a line at {@code at} closes at the line's end: a paragraph in
   * bold ({@code **Agenda title**}), which plain text never writes.
   */
  private static boolean isBoldLine(String text, int at) {
    if (at > 0 && text.charAt(at - 1) != '\n') {
      return false;
    }
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    while (end > at && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end - at > 4
        && text.startsWith("**", end - 2)
        && !Texts.isSpace(text.charAt(at + 2))
        && text.indexOf("**", at + 2) == end - 2;
  }

  private static int count(String text, String needle, int enough) {
    int count = 0;
    for (int at = text.indexOf(needle);
        at >= 0 && count < enough;
        at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  private static boolean isHeading(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == '#' && i - at < 6) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ' ';
  }

  /**
   * Splits Markdown source into plain lines that keep their source positions. A pipe table (a rule
   * row {@code |---|---|}, the header row above it and the rows with a pipe below it) gives each
   * cell as a paragraph: Word's two-column masthead comes out as such a table.
   */
  public static List<Line> lines(String markdown) {
    List<Line> out = new ArrayList<>();
    int number = 1;
    int start = 0;
    int length = markdown.length();
    boolean inTable = false;
    String previous = null;
    int previousFrom = 0;
    while (start <= length) {
      int end = markdown.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int stop = end > start && markdown.charAt(end - 1) == '\r' ? end - 1 : end;
      String raw = markdown.substring(start, stop);
      int from = out.size();
      if (raw.indexOf('|') >= 0 && (inTable || TABLE_RULE.matcher(raw).matches())) {
        if (!inTable && previous != null && previous.indexOf('|') >= 0) {
          out.subList(previousFrom, from).clear();
          addCells(previous, number - 1, out);
        }
        inTable = true;
        addCells(raw, number, out);
      } else {
        inTable = false;
        addLine(raw, number, out);
      }
      previous = raw;
      previousFrom = from;
      number++;
      start = end + 1;
    }
    return out;
  }

  /**
   * A table row as the lines of its cells, each cell a paragraph of its own and each {@code <br>} a
   * line break in it; a rule row is a blank line.
   */
  private static void addCells(String row, int number, List<Line> out) {
    out.add(new Line(number, 1, ""));
    if (TABLE_RULE.matcher(row).matches()) {
      return;
    }
    int from = 0;
    for (int bar = cellEnd(row, 0); from <= row.length(); bar = cellEnd(row, from)) {
      int end = bar < 0 ? row.length() : bar;
      String cell = row.substring(from, end);
      if (!cell.isBlank()) {
        for (String piece : CELL_BREAK.split(cell, -1)) {
          out.add(new Line(number, from + 1, plain(piece.strip())));
        }
        out.add(new Line(number, from + 1, ""));
      }
      from = end + 1;
    }
  }

  /** The next unescaped pipe from {@code from}, or -1. */
  private static int cellEnd(String row, int from) {
    for (int i = from; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        return i;
      }
    }
    return -1;
  }

  private static void addLine(String raw, int number, List<Line> out) {
    int from = 0;
    int glued;
    while ((glued = gluedBold(raw, from)) >= 0) {
      out.add(new Line(number, from + 1, plain(raw.substring(from, glued))));
      out.add(new Line(number, glued + 1, ""));
      from = glued + 4;
    }
    out.add(new Line(number, from + 1, plain(raw.substring(from))));
  }

  /**
   * Where two bold runs are glued ({@code ****}) from {@code from}, or -1; an escaped asterisk
   * ending the first run ({@code statement\*****Corrigendum**}) belongs to it, not to the glue.
   */
  private static int gluedBold(String raw, int from) {
    int glued = raw.indexOf("****", from);
    return glued > 0 && raw.charAt(glued - 1) == '\\' ? raw.indexOf("****", glued + 1) : glued;
  }

  static String plain(String raw) {
    String text = HEADING.matcher(raw).replaceFirst("");
    if (text.startsWith("[^")) {
      // A footnote definition, "[^1]: text", reads as the printed footnote "1 text".
      text = FOOTNOTE_DEFINITION.matcher(text).replaceFirst("$1 ");
    }
    if (text.indexOf('<') >= 0) {
      text = INLINE_TAG.matcher(text).replaceAll("");
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
        out.append(text.charAt(++i));
      } else if ((c == '*' || c == '_') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString().stripTrailing();
  }

  private static boolean isEscapable(char c) {
    return "\\`*_{}[]()#+-.!<>|~".indexOf(c) >= 0;
  }
}
