package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dossier.model.Language;

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

  /**
   * The provisional key of a document created for a version without symbol: its language and the
   * start of its original file's hash ({@code provisional:fr-1a7a508cbf762381}).
   */
  static String provisionalKey(Language language, String sha256) {
    return "provisional:" + language.code() + "-" + sha256.substring(0, 16);
  }

  /**
   * Creates a document known only by {@code key}, flagged for a registrar with {@code note}.
   *
   * @return its id
   */
  static long createProvisional(Connection connection, String key, String note)
      throws SQLException {
    long id = Jdbc.nextId(connection, "document");
    Jdbc.update(
        connection,
        "INSERT INTO documents (id, provisional_key, review_note) VALUES (?, ?, ?)",
        id,
        key,
        note);
    addSymbol(connection, id, Symbols.normalise(key), Documents.PROVISIONAL);
    return id;
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
