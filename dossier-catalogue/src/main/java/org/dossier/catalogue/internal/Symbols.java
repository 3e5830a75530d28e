package org.dossier.catalogue.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.catalogue.FamilyRelation;

/**
 * Symbol normalisation and family structure, in the one place the catalogue needs them.
 *
 * <p>Normalised form: trimmed, runs of white space (no-break space included) collapsed to one
 * space, upper-cased; this is how ODS and the UN library compare symbols.
 */
final class Symbols {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern MODIFIER = Pattern.compile("^(.+)/(ADD|CORR|REV|AMEND)\\.\\d+$");
  private static final String REISSUE_MARK = "*";

  private Symbols() {}

  /** The normalised symbol, or {@code null} for a missing or blank one. */
  static String normalise(String symbol) {
    if (symbol == null) {
      return null;
    }
    String collapsed = SPACES.matcher(symbol).replaceAll(" ").trim();
    return collapsed.isEmpty() ? null : collapsed.toUpperCase(Locale.ROOT);
  }

  /** The base of a family member and how it relates to it, read from the normalised symbol. */
  record Family(String base, FamilyRelation relation) {}

  /**
   * The family link of a normalised symbol: {@code A/HRC/43/2/ADD.1} adds to {@code A/HRC/43/2}.
   */
  static Optional<Family> familyOf(String normalised) {
    if (normalised == null) {
      return Optional.empty();
    }
    if (normalised.endsWith(REISSUE_MARK) && normalised.length() > 1) {
      String base = normalised.substring(0, normalised.length() - 1).trim();
      return Optional.of(new Family(base, FamilyRelation.REISSUE));
    }
    Matcher modifier = MODIFIER.matcher(normalised);
    if (!modifier.matches()) {
      return Optional.empty();
    }
    FamilyRelation relation =
        switch (modifier.group(2)) {
          case "ADD" -> FamilyRelation.ADDENDUM;
          case "CORR" -> FamilyRelation.CORRIGENDUM;
          case "REV" -> FamilyRelation.REVISION;
          default -> FamilyRelation.AMENDMENT;
        };
    return Optional.of(new Family(modifier.group(1), relation));
  }
}
