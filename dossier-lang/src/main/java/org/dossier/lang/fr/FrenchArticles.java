package org.dossier.lang.fr;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definite article a French State name takes, and its contraction with {@code de}: {@code la
 * France → de la France}, {@code le Mexique → du Mexique}, {@code les États-Unis → des États-Unis},
 * {@code l'Azerbaïdjan → de l'Azerbaïdjan}, {@code Cuba → de Cuba}, {@code Israël → d'Israël}.
 *
 * <p>Rules, in order: island and city States take no article (a list); plural names take {@code
 * les}; names opening with a feminine or masculine head noun ({@code République}, {@code Royaume}…)
 * take that noun's gender; a name starting with a vowel or mute h takes {@code l'}; a name ending
 * in a mute {@code e} is feminine unless listed as masculine; any other name is masculine.
 */
final class FrenchArticles {
  enum Article {
    NONE(""),
    FEMININE("la "),
    MASCULINE("le "),
    ELIDED("l'"),
    PLURAL("les ");

    final String text;

    Article(String text) {
      this.text = text;
    }
  }

  private static final Set<String> NO_ARTICLE =
      Set.of(
          "Antigua-et-Barbuda",
          "Bahreïn",
          "Cuba",
          "Chypre",
          "Djibouti",
          "Haïti",
          "Israël",
          "Kiribati",
          "Madagascar",
          "Malte",
          "Maurice",
          "Monaco",
          "Nauru",
          "Oman",
          "Palaos",
          "Saint-Kitts-et-Nevis",
          "Saint-Marin",
          "Saint-Vincent-et-les Grenadines",
          "Sainte-Lucie",
          "Samoa",
          "Sao Tomé-et-Principe",
          "Singapour",
          "Tonga",
          "Trinité-et-Tobago",
          "Tuvalu",
          "Vanuatu",
          "Brunéi Darussalam",
          "Eswatini",
          "El Salvador");
  private static final Set<String> PLURAL =
      Set.of("Bahamas", "Comores", "Fidji", "Maldives", "Philippines", "Seychelles", "Pays-Bas");

  /** Feminine names whose first word does not end in a mute e. */
  private static final Set<String> FEMININE = Set.of("Sierra Leone");

  /** Masculine names whose first word ends in a mute e. */
  private static final Set<String> MASCULINE_IN_E =
      Set.of("Belize", "Cambodge", "Mexique", "Mozambique", "Suriname", "Zimbabwe");

  /** Initial h that is aspirated, so no elision: "le Honduras", "la Hongrie". */
  private static final Set<String> ASPIRATED_H = Set.of("Honduras", "Hongrie");

  private static final Pattern HEAD =
      Pattern.compile(
          "(?<fem>République|Fédération|Principauté|Confédération)|(?<masc>Royaume|Sultanat|Commonwealth)"
              + "|(?<plural>États|Émirats|Îles)|(?<elided>État)");
  private static final Pattern VOWEL = Pattern.compile("[AEIOUÉÈÊÎÏÔÂ].*");

  private FrenchArticles() {}

  static Article articleOf(String name) {
    if (NO_ARTICLE.contains(name)) {
      return Article.NONE;
    }
    if (PLURAL.contains(name)) {
      return Article.PLURAL;
    }
    Matcher head = HEAD.matcher(name);
    if (head.lookingAt()) {
      if (head.group("fem") != null) {
        return Article.FEMININE;
      }
      if (head.group("masc") != null) {
        return Article.MASCULINE;
      }
      return head.group("plural") != null ? Article.PLURAL : Article.ELIDED;
    }
    if (!ASPIRATED_H.contains(name) && (VOWEL.matcher(name).matches() || name.startsWith("H"))) {
      return Article.ELIDED;
    }
    if (FEMININE.contains(name)) {
      return Article.FEMININE;
    }
    // The gender is the first word's: "Guinée équatoriale", "Nouvelle-Zélande" are feminine.
    String firstWord = name.split("[ -]")[0];
    return firstWord.endsWith("e") && !MASCULINE_IN_E.contains(firstWord)
        ? Article.FEMININE
        : Article.MASCULINE;
  }

  /** {@code de} with the article of {@code name}, contracted: "du ", "de la ", "d'", "des ". */
  static String of(String name) {
    return switch (articleOf(name)) {
      case NONE -> VOWEL.matcher(name).matches() || name.startsWith("H") ? "d'" : "de ";
      case FEMININE -> "de la ";
      case MASCULINE -> "du ";
      case ELIDED -> "de l'";
      case PLURAL -> "des ";
    };
  }
}
