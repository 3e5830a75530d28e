package org.dossier.understand.internal;

import java.util.regex.Pattern;
import org.dossier.model.Symbol;

/**
 * Recognises document symbols in a masthead or running text. A cheap shape check runs first, so
 * that the full grammar of {@link Symbol} only sees strings that can be symbols.
 */
public final class Symbols {
  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Z]{1,6}(?:[/.][A-Za-z0-9\\-]{1,20}){1,10}"
              // A Security Council resolution's year, then its own modifiers (".../Corr.1").
              + "(?:\\s\\((?:\\d{4}|[IVXLC]+)\\)(?:/[A-Za-z0-9.]{1,20}){0,3})?\\*?");

  private Symbols() {}

  /** The normalised symbol that is the whole of {@code text}, or null. */
  public static String normalised(String text) {
    if (text.length() > 80 || text.indexOf('/') < 0 || !SHAPE.matcher(text).matches()) {
      return null;
    }
    return Symbol.tryParse(text).map(Symbol::toString).orElse(null);
  }
}
