package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one printed symbol; the grammar is described on {@link Symbol}. A reader is used once: it
 * keeps the input and its components so that every error can name them.
 */
final class SymbolParser {
  /** Far above any real symbol (the longest UN ones are about 40 characters). */
  static final int MAX_LENGTH = 100;

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE_INSIDE_PARENTHESES = Pattern.compile("(?<=\\() | (?=\\))");
  private static final Pattern SPACE_BEFORE_STAR = Pattern.compile(" (?=\\*)");
  private static final Pattern SPACE_AROUND_JOINERS = Pattern.compile(" ?([/.-]) ?");
  private static final Pattern GLUED_PARENTHESIS = Pattern.compile("(?<=[^ /])\\(");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 ./()*-]");

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

  private static final String ORGAN_EXPECTED = "an organ series such as A, S, E, ST or CRC";
  private static final String NUMBER_EXPECTED =
      "a document number such as 17, L.78 or 822 (1993) at the end, before any modifier";
  private static final String MODIFIERS_EXPECTED = "Add.n, Corr.n, Rev.n, Amend.n or Summary";

  private enum Kind {
    WORD,
    SUBSIDIARY,
    MARKER,
    DOTTED_MARKER,
    SPECIAL_SESSION,
    NUMBER,
    MODIFIER,
    UNKNOWN_DOTTED
  }

  private record Part(Kind kind, String text) {}

  private final String input;
  private String[] components;

  private SymbolParser(String input) {
    this.input = input;
  }

  static Symbol parse(String input) {
    if (input == null) {
      throw new IllegalArgumentException("symbol text is required, was null");
    }
    return new SymbolParser(input).read();
  }

  private Symbol read() {
    String text = normalizeSpacing(input);
    if (text.isEmpty()) {
      throw error(-1, "empty symbol", "a symbol such as A/HRC/43/2");
    }
    if (text.length() > MAX_LENGTH) {
      throw error(
          -1,
          "too long (" + text.length() + " characters)",
          "at most " + MAX_LENGTH + " characters");
    }
    boolean reissued = text.endsWith("*");
    String body = reissued ? text.substring(0, text.length() - 1) : text;
    components = body.split("/", -1);
    checkCharacters();
    if (body.isEmpty()) {
      throw error(0, "reissue mark \"*\" alone", "a symbol before it, as in A/65/L.78*");
    }
    Part[] parts = new Part[components.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = classify(i);
    }
    return assemble(parts, reissued);
  }

  /** Trims, collapses whitespace and removes the spaces that printing habits put around joiners. */
  private static String normalizeSpacing(String text) {
    String spaced = WHITESPACE.matcher(text).replaceAll(" ").strip();
    spaced = SPACE_INSIDE_PARENTHESES.matcher(spaced).replaceAll("");
    spaced = SPACE_BEFORE_STAR.matcher(spaced).replaceAll("");
    spaced = SPACE_AROUND_JOINERS.matcher(spaced).replaceAll("$1");
    return GLUED_PARENTHESIS.matcher(spaced).replaceAll(" (");
  }

  private void checkCharacters() {
    for (int i = 0; i < components.length; i++) {
      String component = components[i];
      for (int at = 0; at < component.length(); at = component.offsetByCodePoints(at, 1)) {
        int c = component.codePointAt(at);
        if (c == '*') {
          throw error(
              i, "misplaced reissue mark in \"" + component + "\"", "\"*\" only at the very end");
        }
        if (!ALLOWED.matcher(Character.toString(c)).matches()) {
          String what = Character.isLetter(c) ? "non-Latin letter" : "character";
          throw error(
              i,
              String.format(
                  Locale.ROOT,
                  "%s '%s' (U+%04X) in \"%s\"",
                  what,
                  Character.toString(c),
                  c,
                  component),
              "Latin letters, digits, spaces and . - ( ) / *");
        }
      }
    }
  }

  private Part classify(int index) {
    String text = components[index];
    if (text.isEmpty()) {
      boolean last = index == components.length - 1;
      throw error(
          index,
          "empty component",
          index == 0
              ? ORGAN_EXPECTED
              : last ? "a document number after the last \"/\"" : "text between the slashes");
    }
    checkParentheses(index, text);
    if (text.equalsIgnoreCase("Summary")) {
      return new Part(Kind.MODIFIER, SymbolModifier.Kind.SUMMARY.spelling());
    }
    if (WORD.matcher(text).matches()) {
      return classifyWord(index, text);
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.matches()) {
      return classifyDotted(index, dotted.group(1), dotted.group(2));
    }
    if (SPECIAL_SESSION.matcher(text).matches()) {
      return new Part(Kind.SPECIAL_SESSION, text.toUpperCase(Locale.ROOT));
    }
    if (Character.isDigit(text.charAt(0))) {
      return new Part(Kind.NUMBER, canonicalNumber(index, text));
    }
    throw error(
        index,
        "malformed component \"" + text + "\"",
        "letters, a number, a body such as CN.4, a document type such as L.78 or a modifier");
  }

  private void checkParentheses(int index, String text) {
    int depth = 0;
    for (int i = 0; i < text.length() && depth >= 0 && depth <= 1; i++) {
      depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
    }
    if (depth != 0) {
      throw error(
          index,
          "unbalanced parenthesis in \"" + text + "\"",
          "a year or session in parentheses such as (1993) or (XXX)");
    }
  }

  private Part classifyWord(int index, String word) {
    if (SymbolModifier.Kind.fromWord(word).isPresent()) {
      throw error(index, "modifier \"" + word + "\" without a number", "a number as in Add.1");
    }
    Optional<TypeMarker> marker = TypeMarker.fromCode(word, false);
    if (marker.isPresent()) {
      return new Part(Kind.MARKER, marker.get().code());
    }
    if (TypeMarker.fromCode(word, true).isPresent()) {
      throw error(index, "document type \"" + word + "\" without a number", "a number as in L.78");
    }
    return new Part(Kind.WORD, word.toUpperCase(Locale.ROOT));
  }

  private Part classifyDotted(int index, String prefix, String number) {
    String component = prefix + "." + number;
    Optional<SymbolModifier.Kind> modifier = SymbolModifier.Kind.fromWord(prefix);
    if (modifier.isPresent()) {
      if (!MODIFIER_NUMBER.matcher(number).matches()) {
        String problem = DIGITS.matcher(number).matches() ? " numbered 0" : " without a number";
        throw error(
            index,
            "modifier \"" + component + "\"" + problem,
            "a number from 1 after the dot, as in " + modifier.get().spelling() + "1");
      }
      return new Part(Kind.MODIFIER, modifier.get().spelling() + Integer.parseInt(number));
    }
    Optional<TypeMarker> marker = TypeMarker.fromCode(prefix, true);
    if (marker.isPresent()) {
      requireDigits(index, "document type", component, number, marker.get() + "78");
      return new Part(Kind.DOTTED_MARKER, marker.get().code() + "." + number);
    }
    String upper = prefix.toUpperCase(Locale.ROOT);
    if (SUBSIDIARY_PREFIXES.contains(upper)) {
      requireDigits(index, "subsidiary body", component, number, "CN.4");
      // "Sub." is the one subsidiary prefix the UN prints in mixed case (E/CN.4/Sub.2).
      return new Part(Kind.SUBSIDIARY, (upper.equals("SUB") ? "Sub" : upper) + "." + number);
    }
    return new Part(Kind.UNKNOWN_DOTTED, component);
  }

  private void requireDigits(
      int index, String what, String component, String number, String example) {
    if (!DIGITS.matcher(number).matches()) {
      throw error(
          index,
          what + " \"" + component + "\" without a number",
          "a number after the dot, as in " + example);
    }
  }

  private String canonicalNumber(int index, String text) {
    Matcher number = NUMBER.matcher(text);
    if (!number.matches()) {
      throw error(
          index,
          "malformed number \"" + text + "\"",
          "digits, optionally followed by a letter and a year or session in parentheses,"
              + " as in 274 A or 822 (1993)");
    }
    StringBuilder canonical = new StringBuilder(number.group(1));
    if (number.group(2) != null) {
      canonical.append(' ').append(number.group(2).toUpperCase(Locale.ROOT));
    }
    if (number.group(3) != null) {
      if (!YEAR_OR_ROMAN_SESSION.matcher(number.group(3)).matches()) {
        throw error(
            index,
            "\"(" + number.group(3) + ")\" is neither a year nor a session",
            "a year as in (1993) or a session in Roman numerals as in (XXX)");
      }
      canonical.append(" (").append(number.group(3).toUpperCase(Locale.ROOT)).append(')');
    }
    return canonical.toString();
  }

  private Symbol assemble(Part[] parts, boolean reissued) {
    if (parts[0].kind != Kind.WORD) {
      throw error(0, "unexpected component \"" + components[0] + "\"", ORGAN_EXPECTED);
    }
    int last = parts.length - 1;
    while (parts[last].kind == Kind.MODIFIER) {
      last--;
    }
    if (last == 0) {
      throw error(
          0,
          "organ series \"" + components[0] + "\" without a document number",
          "a number after it, as in " + parts[0].text + "/1");
    }
    Layout layout = new Layout();
    layout.checkDocumentNumberKind(last, parts[last], parts[last - 1].kind);
    for (int i = 1; i < last; i++) {
      layout.middle(i, parts[i]);
    }
    layout.documentNumber(last, parts[last]);
    List<SymbolModifier> modifiers = new ArrayList<>();
    for (int i = last + 1; i < parts.length; i++) {
      modifiers.add(modifier(parts[i].text));
    }
    int seriesEnd = layout.seriesEnd < 0 ? last : layout.seriesEnd;
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      printed.append(i == 0 ? "" : "/").append(parts[i].text);
      if (i == seriesEnd - 1) {
        layout.series = printed + "/";
      }
      if (i == last) {
        layout.baseLength = printed.length();
      }
    }
    return new Symbol(
        printed.append(reissued ? "*" : "").toString(),
        layout.series,
        layout.session,
        layout.marker,
        layout.number,
        layout.letter,
        modifiers,
        reissued,
        layout.baseLength);
  }

  private static SymbolModifier modifier(String canonical) {
    for (SymbolModifier.Kind kind : SymbolModifier.Kind.values()) {
      if (canonical.startsWith(kind.spelling())) {
        String number = canonical.substring(kind.spelling().length());
        return new SymbolModifier(kind, number.isEmpty() ? 0 : Integer.parseInt(number));
      }
    }
    throw new IllegalStateException("not a canonical modifier: " + canonical);
  }

  /** What the components between the organ and the modifiers say, filled from left to right. */
  private final class Layout {
    int seriesEnd = -1;
    String series;
    String session;
    TypeMarker marker;
    String number;
    String letter;
    int baseLength;

    void middle(int index, Part part) {
      switch (part.kind) {
        case WORD, SUBSIDIARY -> {}
        case MARKER -> typed(index, TypeMarker.fromCode(part.text, false).orElseThrow());
        case SPECIAL_SESSION -> session(index, part.text);
        case NUMBER -> {
          if (!DIGITS.matcher(part.text).matches()) {
            throw error(
                index,
                "session or year \"" + components[index] + "\" with a letter or parenthesis",
                "a letter or parenthesis only on the final document number");
          }
          session(index, part.text);
        }
        case DOTTED_MARKER ->
            throw error(
                index,
                "document type \"" + components[index] + "\" before the end",
                "a typed number such as L.78 only as the document number, followed by modifiers");
        case MODIFIER ->
            throw error(
                index,
                "modifier \"" + components[index] + "\" before the document number",
                "modifiers only after the document number, as in A/HRC/43/2/Add.1");
        case UNKNOWN_DOTTED ->
            throw error(
                index,
                "unknown subsidiary body or document type \"" + components[index] + "\"",
                "AC., C., CN., CONF., GC., SC., Sub., WG. or CRP., L., PV., R., SR., WP.");
      }
    }

    /** Rejects a last component that cannot be a document number, before reading the others. */
    void checkDocumentNumberKind(int index, Part part, Kind previous) {
      if (part.kind == Kind.NUMBER || part.kind == Kind.DOTTED_MARKER) {
        return;
      }
      boolean modifierPlace =
          previous == Kind.NUMBER && (part.kind == Kind.WORD || part.kind == Kind.UNKNOWN_DOTTED);
      throw modifierPlace
          ? error(index, "unknown modifier \"" + components[index] + "\"", MODIFIERS_EXPECTED)
          : error(index, "unexpected component \"" + components[index] + "\"", NUMBER_EXPECTED);
    }

    void documentNumber(int index, Part part) {
      if (part.kind == Kind.NUMBER) {
        plainNumber(index, part.text);
        return;
      }
      int dot = part.text.indexOf('.');
      typed(index, TypeMarker.fromCode(part.text.substring(0, dot), true).orElseThrow());
      number = part.text.substring(dot + 1);
    }

    private void plainNumber(int index, String text) {
      Matcher matcher = NUMBER.matcher(text);
      matcher.matches();
      number = matcher.group(1);
      letter = matcher.group(2);
      String parenthesis = matcher.group(3);
      boolean resolution = marker == TypeMarker.RESOLUTION;
      if (letter != null && !resolution) {
        throw error(
            index,
            "letter \"" + letter + "\" on a number that is not a resolution's",
            "a letter only after RES/, as in A/RES/69/274 A");
      }
      if (parenthesis != null && !resolution) {
        throw error(
            index,
            "parenthesis \"(" + parenthesis + ")\" on a number that is not a resolution's",
            "a year or session in parentheses only after RES/, as in S/RES/822 (1993)");
      }
      if (parenthesis != null && session != null) {
        throw error(
            index,
            "second session or year \"(" + parenthesis + ")\" after " + session,
            "one session or year, as in A/RES/69/274 or S/RES/822 (1993)");
      }
      if (parenthesis != null) {
        session = parenthesis;
      }
    }

    private void typed(int index, TypeMarker found) {
      if (marker != null) {
        throw error(
            index,
            "second document type \"" + found + "\" after \"" + marker + "\"",
            "one document type per symbol");
      }
      marker = found;
      seriesEnd = seriesEnd < 0 ? index : seriesEnd;
    }

    private void session(int index, String text) {
      if (session != null) {
        throw error(
            index,
            "second session or year \"" + text + "\" after " + session,
            "one session or year, as in A/HRC/43/2");
      }
      session = text;
      seriesEnd = seriesEnd < 0 ? index : seriesEnd;
    }
  }

  private InvalidSymbolException error(int index, String problem, String expected) {
    return new InvalidSymbolException(input, problem, index + 1, expected);
  }
}
