package org.dossier.lang.es;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article some Spanish State names take in UN usage, and its contraction with {@code de}:
 * {@code el Perú → del Perú}, {@code la Argentina → de la Argentina}, {@code los Estados Unidos de
 * América → de los Estados Unidos de América}, {@code Azerbaiyán → de Azerbaiyán}.
 *
 * <p>Rules: a name opening with a head noun takes its gender and number ({@code República → la},
 * {@code Reino → el}, {@code Estados → los}, {@code Islas → las}); a short list of names takes an
 * article by usage; any other name takes none. Confidence: the usage list follows UN Spanish
 * documents as remembered, not a checked UNTERM extract.
 */
final class SpanishArticles {
  private static final Map<String, String> BY_USAGE =
      Map.ofEntries(
          Map.entry("Afganistán", "el"),
          Map.entry("Brasil", "el"),
          Map.entry("Camerún", "el"),
          Map.entry("Chad", "el"),
          Map.entry("Congo", "el"),
          Map.entry("Ecuador", "el"),
          Map.entry("Iraq", "el"),
          Map.entry("Japón", "el"),
          Map.entry("Líbano", "el"),
          Map.entry("Níger", "el"),
          Map.entry("Pakistán", "el"),
          Map.entry("Paraguay", "el"),
          Map.entry("Perú", "el"),
          Map.entry("Senegal", "el"),
          Map.entry("Sudán", "el"),
          Map.entry("Uruguay", "el"),
          Map.entry("Yemen", "el"),
          Map.entry("Argentina", "la"),
          Map.entry("India", "la"),
          Map.entry("Arabia Saudita", "la"),
          Map.entry("Santa Sede", "la"),
          Map.entry("Emiratos Árabes Unidos", "los"),
          Map.entry("Países Bajos", "los"),
          Map.entry("Bahamas", "las"),
          Map.entry("Comoras", "las"));

  private static final Pattern HEAD =
      Pattern.compile(
          "(?:(?<la>República|Federación|Mancomunidad)|(?<el>Reino|Estado|Principado|Sultanato)"
              + "|(?<los>Estados)|(?<las>Islas))(?=\\s)");

  private SpanishArticles() {}

  /** "de ", "del ", "de la ", "de los " or "de las " for {@code name}. */
  static String of(String name) {
    String article = BY_USAGE.get(name);
    Matcher head = HEAD.matcher(name);
    if (article == null && head.lookingAt()) {
      article =
          head.group("la") != null
              ? "la"
              : head.group("el") != null ? "el" : head.group("los") != null ? "los" : "las";
    }
    if (article == null) {
      return "de ";
    }
    return article.equals("el") ? "del " : "de " + article + " ";
  }
}
