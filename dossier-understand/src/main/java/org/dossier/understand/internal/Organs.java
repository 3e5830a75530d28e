package org.dossier.understand.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Body;

/**
 * Masthead lines naming the Organization ("United Nations", which names no organ) or one of its
 * organs and bodies ({@link Body}, in any of the six languages).
 */
final class Organs {
  private static final char TATWEEL = '\u0640';

  private static final Set<String> ORGANIZATION =
      Set.of(
          "united nations",
          "nations unies",
          "naciones unidas",
          "организация объединенных наций",
          "الأمم المتحدة",
          "联合国");

  /**
   * The words of the Organization's name as the old mastheads (before about 2010) print it: in
   * capitals over two lines, the second followed by the series letter in large type ({@code UNITED}
   * / {@code NATIONS A}).
   */
  private static final Set<String> CAPITALS =
      Set.of("UNITED", "NATIONS", "UNIES", "NACIONES", "UNIDAS");

  /**
   * The treaties whose committees print the treaty's name where other documents print the organ's,
   * compared in lower case with straight apostrophes.
   */
  private static final Set<String> TREATIES =
      Set.of(
          "international covenant on civil and political rights",
          "pacte international relatif aux droits civils et politiques",
          "pacto internacional de derechos civiles y políticos",
          "international convention on the elimination of all forms of racial discrimination",
          "convention internationale sur l'élimination de toutes les formes de discrimination"
              + " raciale",
          "convención internacional sobre la eliminación de todas las formas de discriminación"
              + " racial",
          "convention on the rights of the child",
          "convention relative aux droits de l'enfant",
          "convención sobre los derechos del niño",
          "конвенция о правах ребенка",
          "اتفاقية حقوق الطفل",
          "儿童权利公约",
          "convention on the elimination of all forms of discrimination against women",
          "convention sur l'élimination de toutes les formes de discrimination à l'égard des"
              + " femmes",
          "convención sobre la eliminación de todas las formas de discriminación contra la mujer",
          "конвенция о ликвидации всех форм дискриминации в отношении женщин",
          "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة",
          "消除对妇女一切形式歧视公约");

  private Organs() {}

  static boolean isOrganization(String line) {
    if (line.length() > 40) {
      return false;
    }
    if (ORGANIZATION.contains(asNamed(line).toLowerCase(Locale.ROOT))) {
      return true;
    }
    // Cheap first test: the capital words begin with U or N, the series letter stands alone.
    char first = line.isEmpty() ? ' ' : line.charAt(0);
    if (first != 'U' && first != 'N' && line.length() != 1) {
      return false;
    }
    String name = withoutSeriesLetter(line);
    if (name.isEmpty()) {
      return line.length() == 1;
    }
    for (String word : name.split(" ")) {
      if (!CAPITALS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** {@code line} less the large series letter ({@code A}, {@code E}, {@code S}) ending it. */
  private static String withoutSeriesLetter(String line) {
    int last = line.length() - 1;
    boolean letter =
        last >= 0
            && "AES".indexOf(line.charAt(last)) >= 0
            && (last == 0 || line.charAt(last - 1) == ' ');
    return letter ? line.substring(0, last).strip() : line;
  }

  /** Whether {@code line} is the name of a human rights treaty heading its committee's masthead. */
  static boolean isTreaty(String line) {
    return line.length() <= 100 && TREATIES.contains(treatyKey(line));
  }

  /**
   * Whether {@code line} is the first words of a treaty's name printed over two lines ({@code
   * International Covenant on} / {@code Civil and Political Rights}); its last words are the
   * treaty's only after them ({@code The rights of the child} alone is a title).
   */
  static boolean opensTreaty(String line) {
    if (line.length() < 15 || line.length() > 100 || line.indexOf(' ') == line.lastIndexOf(' ')) {
      return false;
    }
    String lower = treatyKey(line);
    for (String treaty : TREATIES) {
      if (treaty.length() > lower.length()
          && treaty.startsWith(lower)
          && treaty.charAt(lower.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static String treatyKey(String line) {
    return line.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * The body that is the whole of {@code line}. No body's name has a digit: lines with one (dates,
   * symbols, agenda items) are not worth the name index's folding.
   */
  static Optional<Body> body(String line) {
    return line.length() > 120 || hasDigit(line) ? Optional.empty() : Body.fromName(asNamed(line));
  }

  /**
   * A masthead name as the name indexes hold it: Chinese mastheads space their names out ({@code 联
   * 合 国}, {@code 大 会}), Arabic ones stretch them with tatweel ({@code الأمــم المتحـدة}).
   */
  static String asNamed(String line) {
    if (line.indexOf(TATWEEL) < 0 && !spacedIdeographs(line)) {
      return line;
    }
    StringBuilder named = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean betweenIdeographs =
          c == ' '
              && !named.isEmpty()
              && Character.isIdeographic(named.charAt(named.length() - 1))
              && i + 1 < line.length()
              && Character.isIdeographic(line.charAt(i + 1));
      if (c != TATWEEL && !betweenIdeographs) {
        named.append(c);
      }
    }
    return named.toString();
  }

  private static boolean spacedIdeographs(String line) {
    for (int at = line.indexOf(' '); at > 0; at = line.indexOf(' ', at + 1)) {
      if (at + 1 < line.length()
          && Character.isIdeographic(line.charAt(at - 1))
          && Character.isIdeographic(line.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
