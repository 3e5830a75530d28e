package org.dossier.model;

import java.util.Optional;

/** Kind of document, as named in the record contract ({@code "note-verbale"}). */
public enum DocType {
  NOTE_VERBALE("note-verbale"),
  LETTER("letter"),
  REPORT("report"),
  RESOLUTION("resolution"),
  DECISION("decision"),
  DRAFT_RESOLUTION("draft-resolution"),
  AGENDA("agenda"),
  NGO_STATEMENT("ngo-statement"),
  NOTE("note"),
  OTHER("other");

  private final String id;

  DocType(String id) {
    this.id = id;
  }

  /** The contract identifier: {@code "draft-resolution"}. */
  public String id() {
    return id;
  }

  /** The type for a contract identifier. */
  public static Optional<DocType> fromId(String id) {
    for (DocType type : values()) {
      if (type.id.equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
