package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;

/** The six languages' conventions, for text that may be written in any of them. */
final class Conventions {
  /** Every language's conventions, in the UN's order. */
  static final List<LanguageConventions> ALL = all();

  private Conventions() {}

  private static List<LanguageConventions> all() {
    List<LanguageConventions> all = new ArrayList<>();
    for (Language language : Language.values()) {
      all.add(LanguageConventions.of(language));
    }
    return List.copyOf(all);
  }
}
