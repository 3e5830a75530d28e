package org.dossier.understand.internal;

import java.util.regex.Pattern;

/** Recognises document symbols as printed in a masthead and writes them in one canonical form. */
public final class Symbols {
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?:A|S|E|ST|CRC|CEDAW|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|DP|TD|UNEP)"
              + "(?:/[A-Za-z0-9][A-Za-z0-9.\\-]{0,20}){1,8}(?:\\s\\(\\d{4}\\))?\\*?");

  private Symbols() {}

  /** Whether the whole of {@code text} is one document symbol. */
  public static boolean isSymbol(String text) {
    return text.length() <= 80 && SYMBOL.matcher(text).matches() && text.indexOf('/') > 0;
  }

  /** The canonical spelling: trimmed, spaces collapsed, the reissue star dropped. */
  public static String normalise(String printed) {
    String symbol = Texts.collapseSpaces(printed);
    return symbol.endsWith("*") ? symbol.substring(0, symbol.length() - 1) : symbol;
  }
}
