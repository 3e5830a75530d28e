package org.dossier.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A United Nations document symbol such as {@code A/HRC/43/G/17}, normalised. All language versions
 * of a document share its symbol. Instances are immutable; two symbols are equal when their
 * normalised forms are equal ignoring case, as ODS and the Dag Hammarskjöld Library compare them.
 *
 * <p>The grammar, component by component between slashes:
 *
 * <ul>
 *   <li><b>organ series</b> and subsidiary bodies: letters ({@code A}, {@code S}, {@code E}, {@code
 *       ST}, {@code HRC}, {@code CRC/C}, {@code CEDAW}), letters and a number after a space
 *       (FAO-style {@code CL 154}), or a subsidiary prefix with its number ({@code C.3}, {@code
 *       CN.4}, {@code Sub.2}, {@code AC.2}, {@code WG.8}, {@code CONF.157});
 *   <li>at most one <b>session or year</b>: a number ({@code 43}, {@code 1987}) or a special
 *       session ({@code S-8}, {@code ES-10}); letter components may follow it, such as the country
 *       of a review ({@code A/HRC/WG.6/33/AFG/1});
 *   <li>at most one <b>document type</b>: {@code RES/ DEC/ PRST/ INF/ NGO/ G/ PET/} as their own
 *       component, or {@code L. R. CRP. WP. PV. SR.} joined to the document number;
 *   <li>the <b>document number</b>, last before the modifiers: digits, or a range such as {@code
 *       7-8}. After {@code RES/} only, it may carry a letter ({@code 69/274 A}) and a year or Roman
 *       session in parentheses ({@code S/RES/822 (1993)}, {@code A/RES/3363 (XXX)}, {@code
 *       A/RES/217 A (III)});
 *   <li>the <b>modifier chain</b>: {@code Add.n}, {@code Corr.n}, {@code Rev.n}, {@code Amend.n},
 *       {@code Summary}, in any order;
 *   <li>a final {@code *}: the document was reissued for technical reasons.
 * </ul>
 *
 * <p>Normalisation: full-width forms are folded, whitespace is trimmed and collapsed, spaces around
 * {@code / . -} are removed and one space is put before a parenthesis; letters are upper-cased
 * except the UN's mixed-case spellings {@code Add. Corr. Rev. Amend. Summary Sub.}. A symbol has at
 * most 100 characters.
 *
 * <p>Pre-1976 General Assembly resolutions are symbols with their series, {@code A/RES/3363 (XXX)}
 * and {@code A/RES/217 A (III)}, the letter before the session as in the printed citation. The bare
 * citation {@code 3363 (XXX)} is not a symbol: a symbol starts with its organ, and for later
 * numbers the organ cannot be told from the number ({@code 5/1} is a resolution of the Assembly and
 * of the Human Rights Council). {@link #generalAssemblyResolution(String)} turns a citation known
 * to be the Assembly's into its symbol.
 */
public final class Symbol implements Comparable<Symbol> {
  private final String printed;
  private final String key;
  private final String series;
  private final String session;
  private final TypeMarker marker;
  private final String number;
  private final String letter;
  private final List<SymbolModifier> modifiers;
  private final boolean reissued;
  private final int baseLength;

  Symbol(
      String printed,
      String series,
      String session,
      TypeMarker marker,
      String number,
      String letter,
      List<SymbolModifier> modifiers,
      boolean reissued,
      int baseLength) {
    this.printed = printed;
    this.key = printed.toUpperCase(Locale.ROOT);
    this.series = series;
    this.session = session;
    this.marker = marker;
    this.number = number;
    this.letter = letter;
    this.modifiers = List.copyOf(modifiers);
    this.reissued = reissued;
    this.baseLength = baseLength;
  }

  /**
   * Reads a printed symbol.
   *
   * @throws InvalidSymbolException naming the input, the offending component and its position, and
   *     the form expected there
   */
  public static Symbol parse(String text) {
    return SymbolParser.parse(text);
  }

  /** Reads a printed symbol, or returns empty if {@code text} is null or not a symbol. */
  public static Optional<Symbol> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException notASymbol) {
      return Optional.empty();
    }
  }

  /**
   * The symbol of a General Assembly resolution cited by its number alone: {@code "60/251"} →
   * {@code A/RES/60/251}, {@code "3363 (XXX)"} → {@code A/RES/3363 (XXX)}, {@code "S-8/1"} → {@code
   * A/RES/S-8/1}.
   *
   * @throws InvalidSymbolException if the result is not a symbol; the message shows it with its
   *     {@code A/RES/} prefix
   */
  public static Symbol generalAssemblyResolution(String citedNumber) {
    return parse("A/RES/" + (citedNumber == null ? "" : citedNumber.strip()));
  }

  /**
   * The series the symbol belongs to, with its final slash, as in UN Digital Library field 191$b:
   * the components before the session, the document type, or (if neither) the document number.
   * {@code "A/HRC/"} for {@code A/HRC/43/G/17}, {@code "S/"} for {@code S/RES/822 (1993)}.
   */
  public String series() {
    return series;
  }

  /**
   * The session or year as printed: {@code "43"}, {@code "1987"}, {@code "S-8"}, and also the
   * parenthesised year or Roman session of a resolution: {@code "1993"}, {@code "XXX"}.
   */
  public Optional<String> session() {
    return Optional.ofNullable(session);
  }

  /** The document-type component, if any: {@link TypeMarker#LIMITED} for {@code A/65/L.78}. */
  public Optional<TypeMarker> typeMarker() {
    return Optional.ofNullable(marker);
  }

  /** The document number: {@code "17"}, {@code "78"} for {@code L.78}, {@code "7-8"}. */
  public String number() {
    return number;
  }

  /** The letter of one of several resolutions adopted under one number: {@code "A"}. */
  public Optional<String> letter() {
    return Optional.ofNullable(letter);
  }

  /** The modifier chain in printed order; empty for a base document. */
  public List<SymbolModifier> modifiers() {
    return modifiers;
  }

  /** Whether this symbol designates an addendum, corrigendum, revision, amendment or summary. */
  public boolean isModifier() {
    return !modifiers.isEmpty();
  }

  /** Whether the last modifier of the chain is of the given kind ({@code /Add.1/Corr.2}: CORR). */
  public boolean isModifier(SymbolModifier.Kind kind) {
    return !modifiers.isEmpty() && modifiers.getLast().kind() == kind;
  }

  /** Whether the symbol ends with the reissue mark {@code *}. */
  public boolean isReissue() {
    return reissued;
  }

  /** The document this one's family belongs to: the symbol without modifiers and {@code *}. */
  public Symbol base() {
    return isModifier() || reissued ? withModifiers(List.of()) : this;
  }

  /**
   * The document this one directly modifies: {@code A/HRC/43/2/Add.1} for {@code
   * A/HRC/43/2/Add.1/Corr.2}; empty for a base document.
   */
  public Optional<Symbol> parent() {
    return isModifier()
        ? Optional.of(withModifiers(modifiers.subList(0, modifiers.size() - 1)))
        : Optional.empty();
  }

  /** The distribution a type marker implies: {@code L.} Limited, {@code R.} Restricted. */
  public Optional<Distribution> impliedDistribution() {
    if (marker == TypeMarker.LIMITED) {
      return Optional.of(Distribution.LIMITED);
    }
    return marker == TypeMarker.RESTRICTED
        ? Optional.of(Distribution.RESTRICTED)
        : Optional.empty();
  }

  /**
   * The file name of a language version, by the Dag Hammarskjöld Library's rule: {@code
   * A/HRC/43/G/17} in English is {@code A_HRC_43_G_17-EN.pdf}.
   */
  public String fileName(Language language) {
    return fileName(List.of(this), language);
  }

  /**
   * The file name of a language version of a document carrying several symbols, joined by {@code
   * &}: {@code A_74_123&S_2019_456-FR.pdf}.
   */
  public static String fileName(Collection<Symbol> symbols, Language language) {
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols must not be empty for a file name");
    }
    return symbols.stream().map(symbol -> fileSafe(symbol.printed)).collect(Collectors.joining("&"))
        + "-"
        + language.code().toUpperCase(Locale.ROOT)
        + ".pdf";
  }

  /**
   * The symbol as it appears in AKN4UN IRIs ({@code /} → {@code -}, space → {@code _}): {@code
   * S-RES-822_(1993)}. The printed form, {@link #toString()}, is what {@code FRBRnumber@showAs}
   * keeps. A reissue is the same work, so the {@code *} is left out.
   */
  public String akn() {
    String work = reissued ? printed.substring(0, printed.length() - 1) : printed;
    return work.replace('/', '-').replace(' ', '_');
  }

  /** The normalised printed form: {@code S/RES/822 (1993)}. */
  @Override
  public String toString() {
    return printed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Symbol symbol && key.equals(symbol.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Orders symbols as a reader expects, numbers by value ({@code A/HRC/43/9} before {@code
   * A/HRC/43/10}), ignoring case; consistent with {@link #equals(Object)}.
   */
  @Override
  public int compareTo(Symbol other) {
    int natural = NaturalOrder.compare(key, other.key);
    return natural != 0 ? natural : key.compareTo(other.key);
  }

  /** The same document without the reissue mark: family links ignore reissues. */
  Symbol withoutReissue() {
    return reissued ? withModifiers(modifiers) : this;
  }

  private Symbol withModifiers(List<SymbolModifier> kept) {
    StringBuilder text = new StringBuilder(printed.substring(0, baseLength));
    kept.forEach(modifier -> text.append('/').append(modifier));
    return new Symbol(
        text.toString(), series, session, marker, number, letter, kept, false, baseLength);
  }

  /**
   * The dlx substitutions {@code ' ' / [ ] * : ;} → {@code _ _ ^ ^ ! # %}. Only the first three can
   * occur in a parsed symbol; the rule is kept whole so file names match the library's.
   */
  static String fileSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      safe.append(
          switch (c) {
            case ' ', '/' -> '_';
            case '[', ']' -> '^';
            case '*' -> '!';
            case ':' -> '#';
            case ';' -> '%';
            default -> c;
          });
    }
    return safe.toString();
  }
}
