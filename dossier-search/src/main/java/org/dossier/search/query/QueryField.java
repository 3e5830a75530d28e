package org.dossier.search.query;

import java.util.Locale;
import java.util.Optional;

/** The metadata fields a query may name, as {@code keyword:value}. */
public enum QueryField {
  SYMBOL("symbol"),
  BODY("body"),
  SESSION("session"),
  AGENDA("agenda"),
  COUNTRY("country"),
  TYPE("type"),
  LANG("lang"),
  DISTRIBUTION("distribution"),
  DATE("date");

  private final String keyword;

  QueryField(String keyword) {
    this.keyword = keyword;
  }

  /** What people type before the colon: {@code "country"}. */
  public String keyword() {
    return keyword;
  }

  /** The field for a keyword in any case. */
  public static Optional<QueryField> fromKeyword(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    for (QueryField field : values()) {
      if (field.keyword.equals(wanted)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
