package org.dossier.understand.internal;

import java.util.List;
import java.util.Locale;
import org.dossier.model.DocType;

/**
 * The kind of a document, from the markers in its symbol ({@code /L.}, {@code /RES/}, {@code
 * /NGO/}) and, where the symbol says nothing or is absent, from how its title begins in any of the
 * six languages.
 */
public final class DocTypes {
  private record Opening(String prefix, DocType type) {}

  /** Title openings, most specific first ("Draft resolution" before "Resolution"). */
  private static final List<Opening> OPENINGS =
      List.of(
          new Opening("note verbale", DocType.NOTE_VERBALE),
          new Opening("nota verbal", DocType.NOTE_VERBALE),
          new Opening("вербальная нота", DocType.NOTE_VERBALE),
          new Opening("مذكرة شفوية", DocType.NOTE_VERBALE),
          new Opening("letter", DocType.LETTER),
          new Opening("lettre", DocType.LETTER),
          new Opening("carta", DocType.LETTER),
          new Opening("письмо", DocType.LETTER),
          new Opening("رسالة", DocType.LETTER),
          new Opening("identical letters", DocType.LETTER),
          new Opening("идентичные письма", DocType.LETTER),
          new Opening("رسالتان", DocType.LETTER),
          new Opening("draft resolution", DocType.DRAFT_RESOLUTION),
          new Opening("projet de résolution", DocType.DRAFT_RESOLUTION),
          new Opening("proyecto de resolución", DocType.DRAFT_RESOLUTION),
          new Opening("проект резолюции", DocType.DRAFT_RESOLUTION),
          new Opening("مشروع قرار", DocType.DRAFT_RESOLUTION),
          new Opening("决议草案", DocType.DRAFT_RESOLUTION),
          new Opening("resolution", DocType.RESOLUTION),
          new Opening("résolution", DocType.RESOLUTION),
          new Opening("resolución", DocType.RESOLUTION),
          new Opening("резолюция", DocType.RESOLUTION),
          new Opening("قرار", DocType.RESOLUTION),
          new Opening("decision", DocType.DECISION),
          new Opening("décision", DocType.DECISION),
          new Opening("decisión", DocType.DECISION),
          new Opening("решение", DocType.DECISION),
          new Opening("مقرر", DocType.DECISION),
          new Opening("provisional agenda", DocType.AGENDA),
          new Opening("agenda", DocType.AGENDA),
          new Opening("ordre du jour", DocType.AGENDA),
          new Opening("programa provisional", DocType.AGENDA),
          new Opening("предварительная повестка дня", DocType.AGENDA),
          new Opening("повестка дня", DocType.AGENDA),
          new Opening("جدول الأعمال", DocType.AGENDA),
          new Opening("临时议程", DocType.AGENDA),
          new Opening("议程", DocType.AGENDA),
          new Opening("written statement", DocType.NGO_STATEMENT),
          new Opening("joint written statement", DocType.NGO_STATEMENT),
          new Opening("exposé écrit", DocType.NGO_STATEMENT),
          new Opening("exposición presentada", DocType.NGO_STATEMENT),
          new Opening("exposición escrita", DocType.NGO_STATEMENT),
          new Opening("письменное заявление", DocType.NGO_STATEMENT),
          new Opening("بيان خطي", DocType.NGO_STATEMENT),
          new Opening("书面陈述", DocType.NGO_STATEMENT),
          new Opening("书面声明", DocType.NGO_STATEMENT),
          new Opening("report", DocType.REPORT),
          new Opening("national report", DocType.REPORT),
          new Opening("rapport national", DocType.REPORT),
          new Opening("informe nacional", DocType.REPORT),
          new Opening("rapport", DocType.REPORT),
          new Opening("informe", DocType.REPORT),
          new Opening("доклад", DocType.REPORT),
          new Opening("национальный доклад", DocType.REPORT),
          new Opening("تقرير", DocType.REPORT),
          new Opening("note by", DocType.NOTE),
          new Opening("note du", DocType.NOTE),
          new Opening("note de", DocType.NOTE),
          new Opening("nota de", DocType.NOTE),
          new Opening("nota del", DocType.NOTE),
          new Opening("записка", DocType.NOTE),
          new Opening("مذكرة", DocType.NOTE));

  /** Chinese titles name the kind at the end: "…的普通照会", "…的信", "…的报告", "…的说明". */
  private static final List<Opening> CHINESE_ENDINGS =
      List.of(
          new Opening("普通照会", DocType.NOTE_VERBALE),
          new Opening("的信", DocType.LETTER),
          new Opening("的同文信", DocType.LETTER),
          new Opening("决议草案", DocType.DRAFT_RESOLUTION),
          new Opening("报告", DocType.REPORT),
          new Opening("的说明", DocType.NOTE),
          new Opening("提交的书面声明", DocType.NGO_STATEMENT));

  /** Openings of the line under a title that names the kind of document. */
  private static final List<Opening> TYPE_LINES =
      List.of(
          new Opening("note by", DocType.NOTE),
          new Opening("note du", DocType.NOTE),
          new Opening("note de", DocType.NOTE),
          new Opening("nota de", DocType.NOTE),
          new Opening("nota del", DocType.NOTE),
          new Opening("nota por", DocType.NOTE),
          new Opening("записка", DocType.NOTE),
          new Opening("مذكرة من", DocType.NOTE),
          new Opening("report of", DocType.REPORT),
          new Opening("rapport d", DocType.REPORT),
          new Opening("informe d", DocType.REPORT),
          new Opening("доклад", DocType.REPORT),
          new Opening("تقرير", DocType.REPORT));

  /**
   * Endings of the line naming a draft's sponsors above its title, first issued or revised ({@code
   * /Rev.1}).
   */
  private static final List<String> DRAFT_ENDINGS =
      List.of(
          ": draft resolution",
          ": revised draft resolution",
          ": projet de résolution",
          ": projet de résolution révisé",
          ": proyecto de resolución",
          ": proyecto de resolución revisado",
          ": проект резолюции",
          ": пересмотренный проект резолюции",
          ": مشروع قرار",
          ": مشروع قرار منقح",
          "：决议草案",
          ": 决议草案",
          "：订正决议草案",
          ": 订正决议草案");

  /**
   * Endings of the line naming a draft decision's sponsors: the record's kinds name no draft
   * decision, so such a draft ({@code L.}) is a decision.
   */
  private static final List<String> DRAFT_DECISION_ENDINGS =
      List.of(
          ": draft decision",
          ": revised draft decision",
          ": projet de décision",
          ": projet de décision révisé",
          ": proyecto de decisión",
          ": proyecto de decisión revisado",
          ": проект решения",
          ": مشروع مقرر",
          "：决定草案",
          ": 决定草案");

  /** Openings of a resolution's or decision's adoption line, printed above its title. */
  private static final List<Opening> ADOPTION_OPENINGS =
      List.of(
          new Opening("resolution adopted by", DocType.RESOLUTION),
          new Opening("résolution adoptée par", DocType.RESOLUTION),
          new Opening("resolución aprobada por", DocType.RESOLUTION),
          new Opening("резолюция, принятая", DocType.RESOLUTION),
          new Opening("قرار اتخذه", DocType.RESOLUTION),
          new Opening("قرار اتخذته", DocType.RESOLUTION),
          new Opening("decision adopted by", DocType.DECISION),
          new Opening("décision adoptée par", DocType.DECISION),
          new Opening("decisión adoptada por", DocType.DECISION),
          new Opening("решение, принятое", DocType.DECISION),
          new Opening("مقرر اتخذه", DocType.DECISION),
          new Opening("مقرر اتخذته", DocType.DECISION));

  private DocTypes() {}

  /**
   * The kind named by a line under the title ("Note by the Secretary-General", "Report of the
   * Special Rapporteur"), or null.
   */
  public static DocType typeLine(String text) {
    String lower = withoutTrailingMarks(text.strip()).toLowerCase(Locale.ROOT);
    for (Opening opening : TYPE_LINES) {
      if (lower.startsWith(opening.prefix())) {
        return opening.type();
      }
    }
    if (lower.endsWith("的说明")) {
      return DocType.NOTE;
    }
    return lower.endsWith("的报告") ? DocType.REPORT : null;
  }

  /**
   * The kind of document told by a line that precedes the title rather than being it: the sponsors
   * of a draft resolution ("Egypt, India: draft resolution"), a resolution's or decision's adoption
   * line, a General Assembly resolution's committee line; null for any other line.
   */
  public static DocType titlePreamble(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (sponsors(text) != null) {
      return endingOf(lower, DRAFT_ENDINGS) != null ? DocType.DRAFT_RESOLUTION : DocType.DECISION;
    }
    for (Opening opening : ADOPTION_OPENINGS) {
      if (lower.startsWith(opening.prefix())) {
        return opening.type();
      }
    }
    if (lower.endsWith("通过的决议")) {
      return DocType.RESOLUTION;
    }
    if (lower.endsWith("通过的决定")) {
      return DocType.DECISION;
    }
    return isCommitteeLine(lower) ? DocType.RESOLUTION : null;
  }

  /**
   * The sponsors a draft's sponsors line names ({@code Austria*, Belgium* and Chile*} of {@code
   * Austria*, Belgium* and Chile*: draft resolution}), or null when {@code text} is no such line.
   */
  public static String sponsors(String text) {
    String stripped = text.strip();
    String lower = stripped.toLowerCase(Locale.ROOT);
    String ending = endingOf(lower, DRAFT_ENDINGS);
    if (ending == null) {
      ending = endingOf(lower, DRAFT_DECISION_ENDINGS);
    }
    return ending == null ? null : stripped.substring(0, stripped.length() - ending.length());
  }

  private static String endingOf(String lower, List<String> endings) {
    for (String ending : endings) {
      if (lower.endsWith(ending)) {
        return ending;
      }
    }
    return null;
  }

  /**
   * The bracketed line between a General Assembly resolution's adoption line and its title, naming
   * the committee report or draft it was adopted on: {@code [on the report of the Third Committee
   * (A/74/399)]}, {@code [without reference to a Main Committee (A/71/L.4)]}; {@code text} in lower
   * case.
   */
  static boolean isCommitteeLine(String text) {
    return text.length() > 2
        && text.charAt(0) == '['
        && text.charAt(text.length() - 1) == ']'
        && text.contains("(a/");
  }

  /** A type line's footnote mark ({@code Report of the Special Rapporteur*}) names no kind. */
  private static String withoutTrailingMarks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '†')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The kind of document; {@link DocType#OTHER} when neither symbol nor title tells. */
  public static DocType of(String symbol, String title) {
    DocType bySymbol = bySymbol(symbol);
    if (bySymbol != null) {
      return bySymbol;
    }
    DocType byTitle = byTitle(title);
    return byTitle == null ? DocType.OTHER : byTitle;
  }

  static DocType bySymbol(String symbol) {
    if (symbol == null) {
      return null;
    }
    String upper = symbol.toUpperCase(Locale.ROOT);
    if (upper.contains("/RES/")) {
      return DocType.RESOLUTION;
    }
    if (upper.contains("/DEC/")) {
      return DocType.DECISION;
    }
    if (upper.contains("/NGO/")) {
      return DocType.NGO_STATEMENT;
    }
    if (upper.contains("/L.")) {
      return DocType.DRAFT_RESOLUTION;
    }
    return null;
  }

  /** Whether {@code line} begins a note verbale's or a letter's title ("Letter dated …"). */
  static boolean opensCommunication(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (Opening opening : OPENINGS) {
      if (lower.startsWith(opening.prefix())) {
        return opening.type() == DocType.NOTE_VERBALE || opening.type() == DocType.LETTER;
      }
    }
    return false;
  }

  static DocType byTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String lower = title.strip().toLowerCase(Locale.ROOT);
    for (Opening opening : OPENINGS) {
      if (lower.startsWith(opening.prefix())) {
        return opening.type();
      }
    }
    for (Opening ending : CHINESE_ENDINGS) {
      // At the end only: "…定期报告的结论性意见" names a report but is none.
      if (lower.endsWith(ending.prefix())) {
        return ending.type();
      }
    }
    return null;
  }
}
