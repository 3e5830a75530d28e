package org.dossier.catalogue.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.catalogue.FamilyRelation;
import org.dossier.model.Symbol;
import org.dossier.model.SymbolModifier;

/**
 * How the catalogue compares symbols and reads families, on top of {@link Symbol}.
 *
 * <p>The catalogue stores and compares a symbol's <em>key</em>: {@link Symbol}'s normalised form
 * upper-cased, which is how ODS and the UN library compare symbols. A text the symbol grammar does
 * not know (a series it has not met, a provisional key) is still accepted, keyed by trimming,
 * collapsing spaces and upper-casing, so that a record is never refused for its symbol.
 */
final class Symbols {
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String REISSUE_MARK = "*";

  private Symbols() {}

  /** The key of a symbol, or {@code null} for a missing or blank one. */
  static String normalise(String symbol) {
    String printed = printed(symbol);
    return printed == null ? null : printed.toUpperCase(Locale.ROOT);
  }

  /** The normalised printed form ({@code A/HRC/43/2/Add.1}), or {@code null} if blank. */
  static String printed(String symbol) {
    if (symbol == null) {
      return null;
    }
    Optional<Symbol> parsed = Symbol.tryParse(symbol);
    if (parsed.isPresent()) {
      return parsed.get().toString();
    }
    String collapsed = SPACES.matcher(symbol).replaceAll(" ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }

  /** The key of the document a family member belongs to, and how it relates to it. */
  record Family(String base, FamilyRelation relation) {}

  /**
   * The family link of a symbol key: a reissue ({@code A/65/L.78*}) belongs to the symbol without
   * its mark, a modifier ({@code A/HRC/43/2/ADD.1/CORR.1}) to the document it directly modifies.
   */
  static Optional<Family> familyOf(String key) {
    if (key == null) {
      return Optional.empty();
    }
    if (key.endsWith(REISSUE_MARK) && key.length() > 1) {
      String base = normalise(key.substring(0, key.length() - 1));
      return base == null
          ? Optional.empty()
          : Optional.of(new Family(base, FamilyRelation.REISSUE));
    }
    Optional<Symbol> symbol = Symbol.tryParse(key);
    if (symbol.isEmpty() || symbol.get().parent().isEmpty()) {
      return Optional.empty();
    }
    SymbolModifier.Kind last = symbol.get().modifiers().getLast().kind();
    return Optional.of(
        new Family(
            symbol.get().parent().get().toString().toUpperCase(Locale.ROOT),
            switch (last) {
              case ADDENDUM -> FamilyRelation.ADDENDUM;
              case AMENDMENT -> FamilyRelation.AMENDMENT;
              case CORRIGENDUM -> FamilyRelation.CORRIGENDUM;
              case REVISION -> FamilyRelation.REVISION;
              case SUMMARY -> FamilyRelation.SUMMARY;
            }));
  }
}
