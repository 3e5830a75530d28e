package org.dossier.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declension of Russian State names by suffix rules, enough to recognise them in running text
 * ({@code Азербайджана}, {@code Российской Федерации}, {@code Республике Корея}) and to write the
 * genitive after "Постоянного представительства".
 *
 * <p>A name declines from its start: leading adjectives (never the last word: {@code Маврикий} is a
 * noun) agree with the first noun, which declines, and the words after it (a genitive complement,
 * an apposition such as {@code Корея}) stay as they are. Two nouns joined by {@code и} both decline
 * ({@code Боснии и Герцеговины}). Foreign nouns ending in a vowel other than {@code а}/{@code я}
 * are indeclinable ({@code Того}, {@code Перу}), as are nouns in {@code а} after a vowel ({@code
 * Никарагуа}); a few Russian neuter nouns in {@code о} decline ({@code Королевство}).
 */
final class RussianDeclension {
  /** Grammatical cases other than the nominative, in this order in every form array. */
  enum Case {
    GENITIVE,
    DATIVE,
    ACCUSATIVE,
    INSTRUMENTAL,
    PREPOSITIONAL
  }

  private static final Set<String> DECLINABLE_NEUTERS =
      Set.of("Королевство", "Государство", "Содружество", "Княжество");
  private static final Set<String> FEMININE_SOFT = Set.of("Беларусь");
  private static final Map<String, String> IRREGULAR_GENITIVE =
      Map.of("Филиппины", "Филиппин", "Египет", "Египта");
  private static final String HUSHING = "гкхжшчщ";

  private RussianDeclension() {}

  /** The name in {@code grammaticalCase}. */
  static String decline(String name, Case grammaticalCase) {
    int dash = name.indexOf(" — ");
    if (dash > 0) {
      // "Папуа — Новая Гвинея": the first part is foreign and fixed, the second declines.
      return name.substring(0, dash + 3) + decline(name.substring(dash + 3), grammaticalCase);
    }
    String[] coordinated = name.split(" и ");
    if (coordinated.length == 2 && !coordinated[0].contains(" ") && !coordinated[1].contains(" ")) {
      return noun(coordinated[0], grammaticalCase) + " и " + noun(coordinated[1], grammaticalCase);
    }
    String[] words = name.split(" ", -1);
    StringBuilder declined = new StringBuilder();
    boolean headDone = false;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0) {
        declined.append(' ');
      }
      if (headDone || word.startsWith("(")) {
        headDone = true;
        declined.append(word);
      } else if (i < words.length - 1 && isAdjective(word)) {
        declined.append(adjective(word, grammaticalCase));
      } else {
        declined.append(noun(word, grammaticalCase));
        headDone = true;
      }
    }
    return declined.toString();
  }

  /** The name in every oblique case. */
  static List<String> obliqueForms(String name) {
    List<String> forms = new ArrayList<>();
    for (Case grammaticalCase : Case.values()) {
      forms.add(decline(name, grammaticalCase));
    }
    return forms;
  }

  private static boolean isAdjective(String word) {
    return word.length() > 4
        && (word.endsWith("ая")
            || word.endsWith("овы") // possessive: "Маршалловы Острова"
            || word.endsWith("ий")
            || word.endsWith("ый")
            || word.endsWith("ой")
            || word.endsWith("ое")
            || word.endsWith("ые")
            || word.endsWith("ие"));
  }

  private static String adjective(String word, Case grammaticalCase) {
    if (word.endsWith("ы")) {
      return word.substring(0, word.length() - 1)
          + ending(grammaticalCase, "ых", "ым", "ы", "ыми", "ых");
    }
    String stem = word.substring(0, word.length() - 2);
    String ending = word.substring(word.length() - 2);
    return stem
        + switch (ending) {
          case "ая" ->
              switch (grammaticalCase) {
                case ACCUSATIVE -> "ую";
                default -> "ой";
              };
          case "ые", "ие" -> {
            String y = ending.equals("ые") ? "ы" : "и";
            yield switch (grammaticalCase) {
              case GENITIVE, PREPOSITIONAL -> y + "х";
              case DATIVE -> y + "м";
              case ACCUSATIVE -> ending;
              case INSTRUMENTAL -> y + "ми";
            };
          }
          default -> { // masculine "ий"/"ый"/"ой", neuter "ое"
            String y = ending.equals("ий") ? "и" : "ы";
            // After a hushing consonant the ending is unstressed-soft: "Святейшего", not "-ого".
            String o =
                ending.equals("ий") && "жшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0
                    ? "е"
                    : "о";
            yield switch (grammaticalCase) {
              case GENITIVE -> o + "го";
              case DATIVE -> o + "му";
              case ACCUSATIVE -> ending;
              case INSTRUMENTAL -> y + "м";
              case PREPOSITIONAL -> o + "м";
            };
          }
        };
  }

  private static String noun(String word, Case grammaticalCase) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen > 0) {
      // "Шри-Ланка" declines its last part; "Гвинея-Бисау" its first, the last being foreign.
      String first = word.substring(0, hyphen);
      String lastPart = word.substring(hyphen + 1);
      String declined = noun(lastPart, grammaticalCase);
      if (declined.equals(lastPart) && first.endsWith("я")) {
        return noun(first, grammaticalCase) + word.substring(hyphen);
      }
      return word.substring(0, hyphen + 1) + declined;
    }
    if (grammaticalCase == Case.GENITIVE && IRREGULAR_GENITIVE.containsKey(word)) {
      return IRREGULAR_GENITIVE.get(word);
    }
    int length = word.length();
    if (length < 3) {
      return word;
    }
    char last = word.charAt(length - 1);
    char beforeLast = word.charAt(length - 2);
    String stem = word.substring(0, length - 1);
    if (DECLINABLE_NEUTERS.contains(word)) {
      return stem + ending(grammaticalCase, "а", "у", "о", "ом", "е");
    }
    if (word.equals("Острова")) {
      return stem + ending(grammaticalCase, "ов", "ам", "а", "ами", "ах");
    }
    if (FEMININE_SOFT.contains(word)) {
      return stem + ending(grammaticalCase, "и", "и", "ь", "ью", "и");
    }
    return switch (last) {
      case 'я' ->
          beforeLast == 'и'
              ? stem + ending(grammaticalCase, "и", "и", "ю", "ей", "и")
              : stem + ending(grammaticalCase, "и", "е", "ю", "ей", "е");
      case 'а' -> {
        if ("аеиоуыэюя".indexOf(beforeLast) >= 0) {
          yield word; // "Никарагуа", "Папуа"
        }
        String genitive = HUSHING.indexOf(beforeLast) >= 0 ? "и" : "ы";
        String instrumental = "жшчщц".indexOf(beforeLast) >= 0 ? "ей" : "ой";
        yield stem + ending(grammaticalCase, genitive, "е", "у", instrumental, "е");
      }
      case 'ы' -> stem + ending(grammaticalCase, "ов", "ам", "ы", "ами", "ах");
      case 'й' -> stem + ending(grammaticalCase, "я", "ю", "й", "ем", "е");
      case 'ь' -> stem + ending(grammaticalCase, "я", "ю", "ь", "ем", "е");
      case 'о', 'е', 'и', 'у', 'ю', 'э', 'ё' -> word;
      default -> {
        if (!Character.isLetter(last)) {
          yield word;
        }
        String instrumental = "жшчщц".indexOf(last) >= 0 ? "ем" : "ом";
        yield word + ending(grammaticalCase, "а", "у", "", instrumental, "е");
      }
    };
  }

  private static String ending(
      Case grammaticalCase,
      String genitive,
      String dative,
      String accusative,
      String instrumental,
      String prepositional) {
    return switch (grammaticalCase) {
      case GENITIVE -> genitive;
      case DATIVE -> dative;
      case ACCUSATIVE -> accusative;
      case INSTRUMENTAL -> instrumental;
      case PREPOSITIONAL -> prepositional;
    };
  }
}
