package org.dossier.corpus;

import java.util.EnumSet;
import java.util.Set;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;

/**
 * The languages dossier-lang already has conventions for; the tests generate those. Temporary: once
 * dossier-lang covers all six, this is every language.
 */
final class TestLanguages {
  static final Set<Language> AVAILABLE = available();

  private TestLanguages() {}

  private static Set<Language> available() {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (Language language : Language.values()) {
      try {
        LanguageConventions.of(language).formatDate(java.time.LocalDate.of(2020, 1, 1));
        languages.add(language);
      } catch (UnsupportedOperationException notYet) {
        // Not committed in dossier-lang yet.
      }
    }
    return languages;
  }

  static CorpusGenerator generator(long seed) {
    return new CorpusGenerator(seed).withLanguages(AVAILABLE);
  }
}
