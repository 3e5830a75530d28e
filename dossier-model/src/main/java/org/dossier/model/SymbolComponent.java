package org.dossier.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code /}-separated component of a symbol, classified by its own shape and spelling alone and
 * put in its normalised case. Where a component may stand is the parser's business.
 *
 * @param kind what the component is
 * @param text the component in normalised form: {@code "CN.4"}, {@code "Sub.2"}, {@code "274 A"}
 * @param letter for a number, its resolution letter, or null
 * @param parenthesis for a number, the year or Roman session in its parentheses, or null
 */
record SymbolComponent(Kind kind, String text, String letter, String parenthesis) {

  enum Kind {
    /**
     * Letters, as in an organ or body series ({@code A}, {@code HRC}), or FAO-style {@code CL 154}.
     */
    WORD,
    /** A subsidiary body: {@code C.3}, {@code CN.4}, {@code Sub.2}. */
    SUBSIDIARY,
    /** A document type of its own: {@code RES}, {@code G}. */
    MARKER,
    /** A document type joined to the number: {@code L.78}. */
    DOTTED_MARKER,
    /** {@code S-8}, {@code ES-10}. */
    SPECIAL_SESSION,
    /** Digits ({@code 43}, {@code 7-8}), with a resolution's letter and parentheses if any. */
    NUMBER,
    /** {@code Add.1}, {@code Summary}. */
    MODIFIER,
    /** Letters, a dot and something, of no known meaning: {@code Foo.1}. */
    UNKNOWN_DOTTED
  }

  static final String ORGAN_EXPECTED = "an organ series such as A, S, E, ST or CRC";

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?: [0-9]+)?");
  private static final Pattern DOTTED = Pattern.compile("([A-Za-z]+)\\.(.*)");
  private static final Pattern SPECIAL_SESSION = Pattern.compile("(?i)E?S-[0-9]+");
  private static final Pattern NUMBER =
      Pattern.compile("([0-9]+(?:-[0-9]+)?)(?: ?([A-Za-z]))?(?: \\((.*)\\))?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern MODIFIER_NUMBER = Pattern.compile("0*[1-9][0-9]{0,5}");
  private static final Pattern YEAR_OR_ROMAN_SESSION =
      Pattern.compile("(?i)[0-9]{4}|(?:E?S-)?(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
  private static final Set<String> SUBSIDIARY_PREFIXES =
      Set.of("AC", "C", "CN", "CONF", "GC", "SC", "SUB", "WG");

  private SymbolComponent(Kind kind, String text) {
    this(kind, text, null, null);
  }

  /** Classifies every component of the text, failing on the first malformed one. */
  static SymbolComponent[] classifyAll(SymbolText symbol) {
    SymbolComponent[] components = new SymbolComponent[symbol.size()];
    for (int i = 0; i < components.length; i++) {
      components[i] = classify(symbol, i);
    }
    return components;
  }

  /** For a number, its digits without letter or parentheses: {@code "274"}. */
  String digits() {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /** For a modifier, its kind and number. */
  SymbolModifier modifier() {
    for (SymbolModifier.Kind modifierKind : SymbolModifier.Kind.values()) {
      if (text.startsWith(modifierKind.spelling())) {
        String number = text.substring(modifierKind.spelling().length());
        return new SymbolModifier(modifierKind, number.isEmpty() ? 0 : Integer.parseInt(number));
      }
    }
    throw new IllegalStateException("not a modifier: " + text);
  }

  private static SymbolComponent classify(SymbolText symbol, int index) {
    String text = symbol.component(index);
    if (text.isEmpty()) {
      boolean last = index == symbol.size() - 1;
      throw symbol.error(
          index,
          "empty component",
          index == 0
              ? ORGAN_EXPECTED
              : last ? "a document number after the last \"/\"" : "text between the slashes");
    }
    checkParentheses(symbol, index, text);
    if (text.equalsIgnoreCase("Summary")) {
      return new SymbolComponent(Kind.MODIFIER, SymbolModifier.Kind.SUMMARY.spelling());
    }
    if (WORD.matcher(text).matches()) {
      return word(symbol, index, text);
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.matches()) {
      return dotted(symbol, index, dotted.group(1), dotted.group(2));
    }
    if (SPECIAL_SESSION.matcher(text).matches()) {
      return new SymbolComponent(Kind.SPECIAL_SESSION, text.toUpperCase(Locale.ROOT));
    }
    if (Character.isDigit(text.charAt(0))) {
      return number(symbol, index, text);
    }
    throw symbol.error(
        index,
        "malformed component \"" + text + "\"",
        "letters, a number, a body such as CN.4, a document type such as L.78 or a modifier");
  }

  private static void checkParentheses(SymbolText symbol, int index, String text) {
    int depth = 0;
    for (int i = 0; i < text.length() && depth >= 0 && depth <= 1; i++) {
      depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
    }
    if (depth != 0) {
      throw symbol.error(
          index,
          "unbalanced parenthesis in \"" + text + "\"",
          "a year or session in parentheses such as (1993) or (XXX)");
    }
  }

  private static SymbolComponent word(SymbolText symbol, int index, String word) {
    if (SymbolModifier.Kind.fromWord(word).isPresent()) {
      throw symbol.error(
          index, "modifier \"" + word + "\" without a number", "a number as in Add.1");
    }
    Optional<TypeMarker> marker = TypeMarker.fromCode(word, false);
    if (marker.isPresent()) {
      return new SymbolComponent(Kind.MARKER, marker.get().code());
    }
    if (TypeMarker.fromCode(word, true).isPresent()) {
      throw symbol.error(
          index, "document type \"" + word + "\" without a number", "a number as in L.78");
    }
    return new SymbolComponent(Kind.WORD, word.toUpperCase(Locale.ROOT));
  }

  private static SymbolComponent dotted(
      SymbolText symbol, int index, String prefix, String number) {
    String component = prefix + "." + number;
    Optional<SymbolModifier.Kind> modifier = SymbolModifier.Kind.fromWord(prefix);
    if (modifier.isPresent()) {
      if (!modifier.get().numbered()) {
        throw symbol.error(
            index,
            "modifier \"" + component + "\" with a number",
            modifier.get().spelling() + " alone, which carries no number");
      }
      if (!MODIFIER_NUMBER.matcher(number).matches()) {
        String problem = DIGITS.matcher(number).matches() ? " numbered 0" : " without a number";
        throw symbol.error(
            index,
            "modifier \"" + component + "\"" + problem,
            "a number from 1 after the dot, as in " + modifier.get().spelling() + "1");
      }
      return new SymbolComponent(
          Kind.MODIFIER, modifier.get().spelling() + Integer.parseInt(number));
    }
    Optional<TypeMarker> marker = TypeMarker.fromCode(prefix, true);
    if (marker.isPresent()) {
      requireDigits(symbol, index, "document type", component, marker.get() + "78");
      return new SymbolComponent(Kind.DOTTED_MARKER, marker.get().code() + "." + number);
    }
    String upper = prefix.toUpperCase(Locale.ROOT);
    if (SUBSIDIARY_PREFIXES.contains(upper)) {
      requireDigits(symbol, index, "subsidiary body", component, "CN.4");
      // "Sub." is the one subsidiary prefix the UN prints in mixed case (E/CN.4/Sub.2).
      return new SymbolComponent(
          Kind.SUBSIDIARY, (upper.equals("SUB") ? "Sub" : upper) + "." + number);
    }
    return new SymbolComponent(Kind.UNKNOWN_DOTTED, component);
  }

  private static void requireDigits(
      SymbolText symbol, int index, String what, String component, String example) {
    String number = component.substring(component.indexOf('.') + 1);
    if (!DIGITS.matcher(number).matches()) {
      throw symbol.error(
          index,
          what + " \"" + component + "\" without a number",
          "a number after the dot, as in " + example);
    }
  }

  private static SymbolComponent number(SymbolText symbol, int index, String text) {
    Matcher number = NUMBER.matcher(text);
    if (!number.matches()) {
      throw symbol.error(
          index,
          "malformed number \"" + text + "\"",
          "digits, optionally followed by a letter and a year or session in parentheses,"
              + " as in 274 A or 822 (1993)");
    }
    String letter = number.group(2) == null ? null : number.group(2).toUpperCase(Locale.ROOT);
    String parenthesis = number.group(3);
    if (parenthesis != null) {
      if (!YEAR_OR_ROMAN_SESSION.matcher(parenthesis).matches()) {
        throw symbol.error(
            index,
            "\"(" + parenthesis + ")\" is neither a year nor a session",
            "a year as in (1993) or a session in Roman numerals as in (XXX)");
      }
      parenthesis = parenthesis.toUpperCase(Locale.ROOT);
    }
    String canonical =
        number.group(1)
            + (letter == null ? "" : " " + letter)
            + (parenthesis == null ? "" : " (" + parenthesis + ")");
    return new SymbolComponent(Kind.NUMBER, canonical, letter, parenthesis);
  }
}
