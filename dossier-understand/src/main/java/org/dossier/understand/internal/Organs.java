package org.dossier.understand.internal;

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
   * The treaty a treaty body's masthead names beside the Organization ({@code Convention on the
   * Rights of the Child}), for the bodies {@link Body} knows.
   */
  private static final Set<String> TREATIES =
      Set.of(
          "convention on the rights of the child",
          "convention relative aux droits de l'enfant",
          "convención sobre los derechos del niño",
          "конвенция о правах ребенка",
          "اتفاقية حقوق الطفل",
          "儿童权利公约",
          "convention on the elimination of all forms of discrimination against women",
          "convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes",
          "convención sobre la eliminación de todas las formas de discriminación contra la mujer",
          "конвенция о ликвидации всех форм дискриминации в отношении женщин",
          "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة",
          "消除对妇女一切形式歧视公约");

  /** Mastheads before about 2010 print {@code UNITED} and {@code NATIONS} on two lines. */
  private static final Set<String> OLD_MASTHEAD_HALVES = Set.of("united", "nations");

  private Organs() {}

  static boolean isOrganization(String line) {
    if (line.length() > 40) {
      return false;
    }
    String lower = asNamed(line).toLowerCase(java.util.Locale.ROOT);
    return ORGANIZATION.contains(lower) || OLD_MASTHEAD_HALVES.contains(lower);
  }

  /** Whether {@code line} names a treaty, as a treaty body's masthead does. */
  static boolean isTreaty(String line) {
    return line.length() <= 100 && TREATIES.contains(line.toLowerCase(java.util.Locale.ROOT));
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
