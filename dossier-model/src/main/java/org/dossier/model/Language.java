package org.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the UN's customary order. */
public enum Language {
  AR("ar", "ara"),
  ZH("zh", "zho"),
  EN("en", "eng"),
  FR("fr", "fra"),
  ES("es", "spa"),
  RU("ru", "rus");

  private final String code;
  private final String iso6392;

  Language(String code, String iso6392) {
    this.code = code;
    this.iso6392 = iso6392;
  }

  /** ISO 639-1 code, lower case: {@code "fr"}. */
  public String code() {
    return code;
  }

  /** ISO 639-2/T code used by Akoma Ntoso expressions: {@code "fra"}. */
  public String iso6392() {
    return iso6392;
  }

  /** The language for an ISO 639-1 or 639-2 code in any case, if it is an official one. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted) || language.iso6392.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
