package org.dossier.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six official languages of the United Nations, in the UN's customary order, with the names
 * each of them gives to all six (as printed on the masthead's "Original:" line, e.g. French {@code
 * "anglais"}).
 */
public enum Language {
  // Each language's names for the six, in the order of the constants: AR, ZH, EN, FR, ES, RU.
  AR("ar", "ara", "العربية", "الصينية", "الإنكليزية", "الفرنسية", "الإسبانية", "الروسية"),
  ZH("zh", "zho", "阿拉伯文", "中文", "英文", "法文", "西班牙文", "俄文"),
  EN("en", "eng", "Arabic", "Chinese", "English", "French", "Spanish", "Russian"),
  FR("fr", "fra", "arabe", "chinois", "anglais", "français", "espagnol", "russe"),
  ES("es", "spa", "árabe", "chino", "inglés", "francés", "español", "ruso"),
  RU("ru", "rus", "арабский", "китайский", "английский", "французский", "испанский", "русский");

  private final String code;
  private final String iso6392;
  private final List<String> namesOfAll;

  Language(String code, String iso6392, String... namesOfAll) {
    this.code = code;
    this.iso6392 = iso6392;
    this.namesOfAll = List.of(namesOfAll);
  }

  /** Every name of every language in the six, and common variants, for {@link #fromName}. */
  private static final Names<Language> NAMES = nameIndex();

  private static Names<Language> nameIndex() {
    Names<Language> names = new Names<>("language");
    for (Language language : values()) {
      for (Language in : values()) {
        names.add(language.nameIn(in), language);
      }
    }
    // Other spellings: Egyptian-style Arabic "English", and Chinese "-语" (spoken language) forms.
    return names
        .add("الإنجليزية", EN)
        .add("阿拉伯语", AR)
        .add("汉语", ZH)
        .add("英语", EN)
        .add("法语", FR)
        .add("西班牙语", ES)
        .add("俄语", RU);
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

  /**
   * This language's name in another, in that language's own case: {@code FR.nameIn(ES)} is {@code
   * "francés"}, {@code EN.nameIn(FR)} is {@code "anglais"}.
   */
  public String nameIn(Language language) {
    return language.namesOfAll.get(ordinal());
  }

  /**
   * This language's name on the "Original:" line of a version in {@code version}: English, French
   * and Spanish versions print it in their own language ({@code "Original : anglais"}); Arabic,
   * Chinese and Russian versions print the English name ({@code "Original: English"}).
   */
  public String mastheadName(Language version) {
    return nameIn(version == EN || version == FR || version == ES ? version : EN);
  }

  /**
   * The language for any of its names in any of the six languages, ignoring case and accents:
   * {@code "Français"}, {@code "francais"}, {@code "法文"} and {@code "французский"} all give FR.
   */
  public static Optional<Language> fromName(String name) {
    return NAMES.find(name);
  }

  @Override
  public String toString() {
    return code;
  }
}
