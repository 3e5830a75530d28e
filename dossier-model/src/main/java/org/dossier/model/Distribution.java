package org.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** Distribution category printed in a masthead; it decides who may read the document. */
public enum Distribution {
  GENERAL("General"),
  LIMITED("Limited"),
  RESTRICTED("Restricted");

  private final String label;

  Distribution(String label) {
    this.label = label;
  }

  /** English label as used in the record contract: {@code "General"}. */
  public String label() {
    return label;
  }

  /** Parses the English label in any case. */
  public static Optional<Distribution> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (Distribution distribution : values()) {
      if (distribution.name().equals(wanted)) {
        return Optional.of(distribution);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
