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

  private MarkdownText() {}

  /**
   * True when the text carries at least three Markdown signals (one could be chance): bold marks,
   * {@code <sup>}/{@code <sub>}, backslash escapes, two trailing spaces (a hard break), headings. A
   * hand-written scan: a regex alternation over every position was the costliest step here.
   */
  public static boolean looksLikeMarkdown(String text) {
    int found = 0;
    int length = text.length();
    for (int i = 0; i < length && found < 3; i++) {
      char c = text.charAt(i);
      boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
      if (c == '*' && i + 2 < length && text.charAt(i + 1) == '*') {
        found += Texts.isSpace(text.charAt(i + 2)) ? 0 : 1;
        i++;
      } else if (c == '<'
          && text.startsWith("<su", i)
          && i + 4 < length
          && (text.charAt(i + 3) == 'p' || text.charAt(i + 3) == 'b')
          && text.charAt(i + 4) == '>') {
        found++;
      } else if (c == '\\' && i + 1 < length && "*_#[]".indexOf(text.charAt(i + 1)) >= 0) {
        found++;
      } else if (c == ' '
          && i + 2 < length
          && text.charAt(i + 1) == ' '
          && (text.charAt(i + 2) == '\n' || text.charAt(i + 2) == '\r')
          && (i == 0 || text.charAt(i - 1) != ' ')) {
        found++;
      } else if (c == '#' && lineStart && isHeading(text, i)) {
        found++;
      }
    }
    return found >= 3;
  }

  private static boolean isHeading(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == '#' && i - at < 6) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ' ';
  }

  /** Splits Markdown source into plain lines that keep their source positions. */
  public static List<Line> lines(String markdown) {
    List<Line> out = new ArrayList<>();
    int number = 1;
    int start = 0;
    int length = markdown.length();
    while (start <= length) {
      int end = markdown.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int stop = end > start && markdown.charAt(end - 1) == '\r' ? end - 1 : end;
      addLine(markdown.substring(start, stop), number, out);
      number++;
      start = end + 1;
    }
    return out;
  }

  private static void addLine(String raw, int number, List<Line> out) {
    int from = 0;
    int glued;
    while ((glued = raw.indexOf("****", from)) >= 0) {
      out.add(new Line(number, from + 1, plain(raw.substring(from, glued))));
      out.add(new Line(number, glued + 1, ""));
      from = glued + 4;
    }
    out.add(new Line(number, from + 1, plain(raw.substring(from))));
  }

  static String plain(String raw) {
    String text = HEADING.matcher(raw).replaceFirst("");
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
