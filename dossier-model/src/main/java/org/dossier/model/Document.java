package org.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document as the catalogue knows it: one symbol (and the alternate symbols it also carries, as
 * when a letter is addressed to two organs), its language versions, the other known documents of
 * its family (its addenda, corrigenda and revisions, or the base document and siblings of a
 * modifier), and the documents it cites.
 *
 * @param symbol the primary symbol
 * @param alternateSymbols other symbols printed in the masthead, never the primary one
 * @param versions the language versions, each under its own language
 * @param family other known documents with the same {@link Symbol#base() base}
 * @param citations the documents this one cites
 */
public record Document(
    Symbol symbol,
    List<Symbol> alternateSymbols,
    Map<Language, LanguageVersion> versions,
    List<Symbol> family,
    List<Symbol> citations) {

  public Document {
    if (symbol == null) {
      throw new IllegalArgumentException("Document.symbol is required");
    }
    alternateSymbols = distinct("alternateSymbols", alternateSymbols);
    if (alternateSymbols.contains(symbol)) {
      throw new IllegalArgumentException(
          "Document.alternateSymbols must not repeat the primary symbol " + symbol);
    }
    family = distinct("family", family);
    for (Symbol member : family) {
      if (member.equals(symbol) || !member.base().equals(symbol.base())) {
        throw new IllegalArgumentException(
            "Document.family of "
                + symbol
                + " holds "
                + member
                + ", which is not another document with base "
                + symbol.base());
      }
    }
    citations = distinct("citations", citations);
    versions = checkedVersions(versions);
  }

  /** A document known only by its symbol. */
  public static Document of(Symbol symbol) {
    return new Document(symbol, List.of(), Map.of(), List.of(), List.of());
  }

  public Document withAlternateSymbol(Symbol alternate) {
    return new Document(symbol, adding(alternateSymbols, alternate), versions, family, citations);
  }

  /** A copy holding this version, replacing any earlier version in the same language. */
  public Document withVersion(LanguageVersion version) {
    if (version == null) {
      throw new IllegalArgumentException("Document.versions cannot take a null version");
    }
    Map<Language, LanguageVersion> more = new EnumMap<>(Language.class);
    more.putAll(versions);
    more.put(version.language(), version);
    return new Document(symbol, alternateSymbols, more, family, citations);
  }

  public Document withFamilyMember(Symbol member) {
    return new Document(symbol, alternateSymbols, versions, adding(family, member), citations);
  }

  public Document withCitation(Symbol cited) {
    return new Document(symbol, alternateSymbols, versions, family, adding(citations, cited));
  }

  /** The base document of the family: the symbol without modifiers and reissue mark. */
  public Symbol base() {
    return symbol.base();
  }

  /**
   * The known documents that modify this one, directly or through another modifier: for {@code
   * A/HRC/43/2}, its {@code /Add.1} and that addendum's {@code /Add.1/Corr.1}.
   */
  public List<Symbol> modifiers() {
    Symbol self = symbol.withoutReissue();
    List<Symbol> modifying = new ArrayList<>();
    for (Symbol member : family) {
      for (Optional<Symbol> up = member.parent(); up.isPresent(); up = up.get().parent()) {
        if (up.get().equals(self)) {
          modifying.add(member);
          break;
        }
      }
    }
    return List.copyOf(modifying);
  }

  /** The version in a language, if the catalogue has it. */
  public Optional<LanguageVersion> version(Language language) {
    return Optional.ofNullable(versions.get(language));
  }

  private static Map<Language, LanguageVersion> checkedVersions(
      Map<Language, LanguageVersion> versions) {
    Map<Language, LanguageVersion> copy = new EnumMap<>(Language.class);
    if (versions != null) {
      versions.forEach((language, version) -> {
        if (version == null || version.language() != language) {
          throw new IllegalArgumentException(
              "Document.versions holds under "
                  + language
                  + " "
                  + (version == null ? "no version" : "the " + version.language() + " version"));
        }
        copy.put(language, version);
      });
    }
    return Collections.unmodifiableMap(copy);
  }

  private static List<Symbol> distinct(String field, List<Symbol> symbols) {
    if (symbols == null) {
      return List.of();
    }
    Set<Symbol> seen = new HashSet<>();
    for (Symbol symbol : symbols) {
      if (symbol == null) {
        throw new IllegalArgumentException("Document." + field + " must not hold null");
      }
      if (!seen.add(symbol)) {
        throw new IllegalArgumentException("Document." + field + " repeats " + symbol);
      }
    }
    return List.copyOf(symbols);
  }

  private static List<Symbol> adding(List<Symbol> symbols, Symbol added) {
    if (symbols.contains(added)) {
      return symbols;
    }
    List<Symbol> more = new ArrayList<>(symbols);
    more.add(added);
    return more;
  }
}
