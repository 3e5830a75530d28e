package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Writes what a document is known by: its symbols, provisional key and family link. */
final class DocumentIdentity {
  private DocumentIdentity() {}

  static void addSymbol(Connection connection, long documentId, String normalised, String kind)
      throws SQLException {
    Jdbc.update(
        connection,
        "INSERT INTO document_symbols (symbol, document_id, kind) VALUES (?, ?, ?)",
        normalised,
        documentId,
        kind);
  }

  /** Makes a provisional document a confirmed one, known by {@code normalised}. */
  static void giveSymbol(Connection connection, long documentId, String printed, String normalised)
      throws SQLException {
    Jdbc.update(
        connection,
        "UPDATE documents SET symbol = ?, review_note = NULL WHERE id = ?",
        printed,
        documentId);
    addSymbol(connection, documentId, normalised, Documents.PRIMARY);
    linkFamily(connection, documentId, normalised);
  }

  /**
   * Records the base a symbol's ending points to ({@code /Add.1} → its base). The link is by
   * symbol, so it holds whether the base is catalogued before or after.
   */
  static void linkFamily(Connection connection, long documentId, String normalised)
      throws SQLException {
    Optional<Symbols.Family> family = Symbols.familyOf(normalised);
    if (family.isPresent()) {
      Jdbc.update(
          connection,
          "UPDATE documents SET family_base = ?, family_relation = ? WHERE id = ?",
          family.get().base(),
          family.get().relation(),
          documentId);
    }
  }
}
