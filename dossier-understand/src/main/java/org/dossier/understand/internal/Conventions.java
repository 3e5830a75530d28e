package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;

/**
 * The language conventions the parser can use. A language whose conventions are not available falls
 * back to English, whose labels ("Distr.: General", dates) many mastheads keep anyway.
 */
final class Conventions {
  /** Every available language's conventions, for text that may be in any of them. */
  static final List<LanguageConventions> ALL = available();

  private Conventions() {}

  static LanguageConventions of(Language language) {
    try {
      return LanguageConventions.of(language);
    } catch (UnsupportedOperationException notAvailable) {
      return LanguageConventions.of(Language.EN);
    }
  }

  private static List<LanguageConventions> available() {
    List<LanguageConventions> all = new ArrayList<>();
    for (Language language : Language.values()) {
      LanguageConventions conventions = of(language);
      if (conventions.language() == language) {
        all.add(conventions);
      }
    }
    return List.copyOf(all);
  }
}
