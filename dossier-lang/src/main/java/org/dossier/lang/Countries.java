package org.dossier.lang;

import java.util.List;
import org.dossier.lang.internal.CountryNames;

/** The States whose names {@link LanguageConventions} recognises, by ISO 3166-1 alpha-3 code. */
public final class Countries {
  private Countries() {}

  /** The 193 Member States and the two observer States ({@code VAT}, {@code PSE}), sorted. */
  public static List<String> states() {
    return CountryNames.states();
  }

  /** Whether {@code alpha3} is one of {@link #states()}. */
  public static boolean isState(String alpha3) {
    return CountryNames.isState(alpha3);
  }
}
