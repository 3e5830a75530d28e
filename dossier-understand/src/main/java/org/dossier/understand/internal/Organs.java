package org.dossier.understand.internal;

import java.util.Optional;
import java.util.Set;
import org.dossier.model.Body;

/**
 * Masthead lines naming the Organization ("United Nations", which names no organ) or one of its
 * organs and bodies ({@link Body}, in any of the six languages).
 */
final class Organs {
  private static final Set<String> ORGANIZATION =
      Set.of(
          "united nations",
          "nations unies",
          "naciones unidas",
          "организация объединенных наций",
          "الأمم المتحدة",
          "联合国");

  private Organs() {}

  static boolean isOrganization(String line) {
    return line.length() <= 40 && ORGANIZATION.contains(line.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The body that is the whole of {@code line}. No body's name has a digit: lines with one (dates,
   * symbols, agenda items) are not worth the name index's folding.
   */
  static Optional<Body> body(String line) {
    return line.length() > 120 || hasDigit(line) ? Optional.empty() : Body.fromName(line);
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
