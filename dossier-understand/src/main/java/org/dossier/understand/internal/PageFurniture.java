package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what the printer adds to every page: page numbers, job-number footers and bar codes,
 * "Please recycle", form feeds, and running headers or footers (lines repeated at the top or bottom
 * of several pages, typically the symbol). What it removes that the record needs (the job number, a
 * running symbol) is kept aside.
 */
public final class PageFurniture {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-–—]?\\s*\\d{1,4}\\s*[-–—]?"
              + "|(?:page|página|pág\\.|стр\\.|страница|صفحة|الصفحة|第)\\s*\\d{1,4}"
              + "(?:\\s*(?:/|of|de|sur|из|من)\\s*\\d{1,4})?\\s*页?"
              + "|\\d{1,4}\\s*/\\s*\\d{1,4}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> RECYCLE =
      Set.of(
          "please recycle",
          "merci de recycler",
          "sírvase reciclar",
          "просьба отправить на вторичную переработку",
          "يرجى إعادة الاستعمال",
          "请回收");
  private static final int EDGE = 3;

  /** The lines without furniture, and the first job number printed in a footer. */
  public record Result(List<Line> lines, String jobNumber, Line jobNumberLine) {}

  private PageFurniture() {}

  public static Result strip(List<Line> lines) {
    Set<Line> running = runningHeadersAndFooters(lines);
    List<Line> kept = new ArrayList<>(lines.size());
    String jobNumber = null;
    Line jobLine = null;
    // Non-blank lines read since the last page break; -1 on the first page.
    int pageLines = -1;
    for (Line line : lines) {
      if (line.isPageBreak()) {
        kept.add(new Line(line.number(), line.column(), ""));
        pageLines = 0;
        continue;
      }
      String text = line.text();
      if (text.isBlank()) {
        kept.add(line);
        continue;
      }
      if (pageLines >= 0 && pageLines++ < EDGE && isSymbolHeader(text)) {
        // The symbol heads every page after the first, even in a document of two pages.
        continue;
      }
      String job = text.length() <= 60 ? JobNumbers.parse(text) : null;
      if (job != null) {
        // The first footer wins, unless a later one adds the language letter the first lacked.
        if (jobNumber == null
            || (jobNumber.indexOf('(') < 0 && job.indexOf('(') > 0 && job.startsWith(jobNumber))) {
          jobNumber = job;
          jobLine = line;
        }
        continue;
      }
      if (running.contains(line) || isFurniture(text)) {
        continue;
      }
      kept.add(line);
    }
    return new Result(kept, jobNumber, jobLine);
  }

  /** A line of nothing but symbols ({@code A/75/912}, {@code A/75/912 S/2021/530}). */
  private static boolean isSymbolHeader(String text) {
    if (text.indexOf('/') < 0 || text.length() > 80) {
      return false;
    }
    for (String token : Texts.collapseSpaces(text).split(" ")) {
      if (!token.startsWith("(") && Symbols.normalised(token) == null) {
        return false;
      }
    }
    return true;
  }

  static boolean isFurniture(String text) {
    String stripped = text.strip();
    if (stripped.length() > 45) {
      return false;
    }
    // Every page number has a digit: most short lines fail that test before the pattern's.
    return hasDigit(stripped) && PAGE_NUMBER.matcher(stripped).matches()
        || JobNumbers.isBarCode(stripped)
        || RECYCLE.contains(stripped.toLowerCase(Locale.ROOT));
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines at the edge of two or more pages that read the same once digits are ignored. The first
   * page is left alone: it carries the masthead, whose symbol line the later headers repeat.
   */
  private static Set<Line> runningHeadersAndFooters(List<Line> lines) {
    List<List<Line>> pages = pages(lines);
    if (pages.size() < 3) {
      return Set.of();
    }
    pages = pages.subList(1, pages.size());
    Map<String, Integer> pagesWith = new HashMap<>();
    List<List<Line>> edges = new ArrayList<>(pages.size());
    for (List<Line> page : pages) {
      List<Line> edge = edgeLines(page);
      edges.add(edge);
      Set<String> seen = new HashSet<>();
      for (Line line : edge) {
        if (seen.add(shape(line.text()))) {
          pagesWith.merge(shape(line.text()), 1, Integer::sum);
        }
      }
    }
    Set<Line> running = new HashSet<>();
    for (List<Line> edge : edges) {
      for (Line line : edge) {
        if (pagesWith.get(shape(line.text())) >= 2) {
          running.add(line);
        }
      }
    }
    return running;
  }

  private static List<List<Line>> pages(List<Line> lines) {
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    for (Line line : lines) {
      if (line.isPageBreak()) {
        pages.add(page);
        page = new ArrayList<>();
      } else if (!line.isBlank()) {
        page.add(line);
      }
    }
    pages.add(page);
    return pages;
  }

  private static List<Line> edgeLines(List<Line> page) {
    if (page.size() <= 2 * EDGE) {
      return page;
    }
    List<Line> edge = new ArrayList<>(page.subList(0, EDGE));
    edge.addAll(page.subList(page.size() - EDGE, page.size()));
    return edge;
  }

  /** The line with digits folded, so that "A/75/1 page 2" and "page 3" headers compare equal. */
  private static String shape(String text) {
    StringBuilder shape = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      shape.append(Character.isDigit(c) ? '#' : c);
    }
    return Texts.collapseSpaces(shape);
  }
}
