package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.SymbolComponent.Kind;

/**
 * Puts the classified components of a symbol in their places, following the grammar described on
 * {@link Symbol}: organ series first, then series words and subsidiary bodies, at most one session
 * and one document type, the document number, and the modifiers. A parser reads one symbol.
 */
final class SymbolParser {
  private static final String NUMBER_EXPECTED =
      "a document number such as 17, L.78 or 822 (1993) at the end, before any modifier";
  private static final String MODIFIERS_EXPECTED = "Add.n, Corr.n, Rev.n, Amend.n or Summary";

  private final SymbolText text;
  private final SymbolComponent[] parts;
  private int seriesEnd = -1;
  private String session;
  private TypeMarker marker;

  private SymbolParser(SymbolText text) {
    this.text = text;
    this.parts = SymbolComponent.classifyAll(text);
  }

  static Symbol parse(String input) {
    if (input == null) {
      throw new IllegalArgumentException("symbol text is required, was null");
    }
    return new SymbolParser(SymbolText.of(input)).symbol();
  }

  private Symbol symbol() {
    if (parts[0].kind() != Kind.WORD) {
      throw text.error(
          0, "unexpected component \"" + text.component(0) + "\"", SymbolComponent.ORGAN_EXPECTED);
    }
    int last = parts.length - 1;
    while (parts[last].kind() == Kind.MODIFIER) {
      last--;
    }
    if (last == 0) {
      throw text.error(
          0,
          "organ series \"" + text.component(0) + "\" without a document number",
          "a number after it, as in " + parts[0].text() + "/1");
    }
    checkDocumentNumberKind(last);
    for (int i = 1; i < last; i++) {
      middle(i);
    }
    SymbolComponent documentNumber = parts[last];
    String number;
    if (documentNumber.kind() == Kind.NUMBER) {
      checkResolutionNumber(last);
      number = documentNumber.digits();
    } else {
      int dot = documentNumber.text().indexOf('.');
      typed(last, TypeMarker.fromCode(documentNumber.text().substring(0, dot), true).orElseThrow());
      number = documentNumber.text().substring(dot + 1);
    }
    return build(last, number);
  }

  /** Rejects a last component that cannot be a document number, before reading the others. */
  private void checkDocumentNumberKind(int last) {
    Kind kind = parts[last].kind();
    if (kind == Kind.NUMBER || kind == Kind.DOTTED_MARKER) {
      return;
    }
    boolean modifierPlace =
        parts[last - 1].kind() == Kind.NUMBER && (kind == Kind.WORD || kind == Kind.UNKNOWN_DOTTED);
    String component = "\"" + text.component(last) + "\"";
    throw modifierPlace
        ? text.error(last, "unknown modifier " + component, MODIFIERS_EXPECTED)
        : text.error(last, "unexpected component " + component, NUMBER_EXPECTED);
  }

  /** A component between the organ and the document number. */
  private void middle(int index) {
    SymbolComponent part = parts[index];
    String component = "\"" + text.component(index) + "\"";
    switch (part.kind()) {
      case WORD, SUBSIDIARY -> {}
      case MARKER -> typed(index, TypeMarker.fromCode(part.text(), false).orElseThrow());
      case SPECIAL_SESSION -> session(index, part.text());
      case NUMBER -> {
        if (part.letter() != null || part.parenthesis() != null) {
          throw text.error(
              index,
              "session or year " + component + " with a letter or parenthesis",
              "a letter or parenthesis only on the final document number");
        }
        session(index, part.text());
      }
      case DOTTED_MARKER ->
          throw text.error(
              index,
              "document type " + component + " before the end",
              "a typed number such as L.78 only as the document number, followed by modifiers");
      case MODIFIER ->
          throw text.error(
              index,
              "modifier " + component + " before the document number",
              "modifiers only after the document number, as in A/HRC/43/2/Add.1");
      case UNKNOWN_DOTTED ->
          throw text.error(
              index,
              "unknown subsidiary body or document type " + component,
              "AC., C., CN., CONF., GC., SC., Sub., WG. or CRP., L., PV., R., SR., WP.");
    }
  }

  /** Letters and parentheses belong to resolution numbers: 69/274 A, 822 (1993), 3363 (XXX). */
  private void checkResolutionNumber(int index) {
    SymbolComponent number = parts[index];
    boolean resolution = marker == TypeMarker.RESOLUTION;
    if (number.letter() != null && !resolution) {
      throw text.error(
          index,
          "letter \"" + number.letter() + "\" on a number that is not a resolution's",
          "a letter only after RES/, as in A/RES/69/274 A");
    }
    if (number.parenthesis() == null) {
      return;
    }
    String parenthesis = "\"(" + number.parenthesis() + ")\"";
    if (!resolution) {
      throw text.error(
          index,
          "parenthesis " + parenthesis + " on a number that is not a resolution's",
          "a year or session in parentheses only after RES/, as in S/RES/822 (1993)");
    }
    if (session != null) {
      throw text.error(
          index,
          "second session or year " + parenthesis + " after " + session,
          "one session or year, as in A/RES/69/274 or S/RES/822 (1993)");
    }
    session = number.parenthesis();
  }

  private void typed(int index, TypeMarker found) {
    if (marker != null) {
      throw text.error(
          index,
          "second document type \"" + found + "\" after \"" + marker + "\"",
          "one document type per symbol");
    }
    marker = found;
    seriesEnd = seriesEnd < 0 ? index : seriesEnd;
  }

  private void session(int index, String designation) {
    if (session != null) {
      throw text.error(
          index,
          "second session or year \"" + designation + "\" after " + session,
          "one session or year, as in A/HRC/43/2");
    }
    session = designation;
    seriesEnd = seriesEnd < 0 ? index : seriesEnd;
  }

  private Symbol build(int last, String number) {
    int seriesLength = seriesEnd < 0 ? last : seriesEnd;
    StringBuilder printed = new StringBuilder();
    String series = null;
    int baseLength = 0;
    List<SymbolModifier> modifiers = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      printed.append(i == 0 ? "" : "/").append(parts[i].text());
      if (i == seriesLength - 1) {
        series = printed + "/";
      }
      if (i == last) {
        baseLength = printed.length();
      }
      if (i > last) {
        modifiers.add(parts[i].modifier());
      }
    }
    if (text.reissued()) {
      printed.append('*');
    }
    return new Symbol(
        printed.toString(),
        series,
        session,
        marker,
        number,
        parts[last].letter(),
        modifiers,
        text.reissued(),
        baseLength);
  }
}
