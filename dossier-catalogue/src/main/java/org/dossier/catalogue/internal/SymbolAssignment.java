package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Change;
import org.dossier.model.Language;

/**
 * A registrar gives a provisional document its symbol, inside the caller's transaction: renamed if
 * no document has the symbol yet, merged into the one that has it otherwise.
 */
final class SymbolAssignment {
  private SymbolAssignment() {}

  /** Returns the id of the document now holding the versions. */
  static long assign(Connection connection, String provisionalKey, String symbol)
      throws SQLException {
    String normalisedKey = Symbols.normalise(provisionalKey);
    String normalisedSymbol = Symbols.normalise(symbol);
    if (normalisedSymbol == null) {
      throw new CatalogueException(
          "Cannot assign a symbol to " + provisionalKey + ": the symbol is blank");
    }
    long provisional = provisionalDocument(connection, provisionalKey, normalisedKey);
    Optional<Long> holder = Documents.idOf(connection, normalisedSymbol);
    if (holder.isEmpty()) {
      DocumentIdentity.giveSymbol(
          connection, provisional, Symbols.printed(symbol), normalisedSymbol);
      ChangeLog.append(connection, provisional, Change.Kind.UPDATED);
      ChangeLog.appendNeighbours(connection, provisional);
      return provisional;
    }
    long target = holder.get();
    merge(connection, provisional, target, provisionalKey, symbol);
    ChangeLog.append(connection, provisional, Change.Kind.REMOVED);
    ChangeLog.append(connection, target, Change.Kind.UPDATED);
    ChangeLog.appendNeighbours(connection, target);
    return target;
  }

  private static long provisionalDocument(
      Connection connection, String provisionalKey, String normalisedKey) throws SQLException {
    Optional<Long> found =
        normalisedKey == null ? Optional.empty() : Documents.idOf(connection, normalisedKey);
    if (found.isEmpty()) {
      throw new CatalogueException(
          "Cannot assign a symbol: no document is known as " + provisionalKey);
    }
    long id = found.get();
    CataloguedDocument document = Documents.load(connection, id).orElseThrow();
    if (!document.provisional()) {
      throw new CatalogueException(
          "Cannot assign a symbol to "
              + provisionalKey
              + ": the document already has the symbol "
              + document.symbol());
    }
    return id;
  }

  /**
   * Moves everything of {@code from} to {@code into} and removes {@code from}; its provisional key
   * stays as an alias of {@code into}, so links made with it still resolve.
   */
  private static void merge(
      Connection connection, long from, long into, String provisionalKey, String symbol)
      throws SQLException {
    Set<Language> shared = new TreeSet<>(Documents.languages(connection, from));
    shared.retainAll(Documents.languages(connection, into));
    if (!shared.isEmpty()) {
      throw new CatalogueException(
          "Cannot merge "
              + provisionalKey
              + " into "
              + symbol
              + ": both have a version in "
              + shared
              + "; a document has one version per language");
    }
    for (String table : new String[] {"language_versions", "citations", "document_symbols"}) {
      Jdbc.update(
          connection, "UPDATE " + table + " SET document_id = ? WHERE document_id = ?", into, from);
    }
    Jdbc.update(
        connection,
        "INSERT INTO document_agenda_items (document_id, agenda_item_id)"
            + " SELECT ?, agenda_item_id FROM document_agenda_items WHERE document_id = ?"
            + " ON CONFLICT (document_id, agenda_item_id) DO NOTHING",
        into,
        from);
    Jdbc.update(connection, "DELETE FROM document_agenda_items WHERE document_id = ?", from);
    Jdbc.update(
        connection,
        "UPDATE documents SET"
            + " organ = COALESCE(organ, (SELECT organ FROM documents WHERE id = ?)),"
            + " body_id = COALESCE(body_id, (SELECT body_id FROM documents WHERE id = ?)),"
            + " session_id = COALESCE(session_id, (SELECT session_id FROM documents WHERE id = ?)),"
            + " doc_type = COALESCE(doc_type, (SELECT doc_type FROM documents WHERE id = ?)),"
            + " distribution = COALESCE(distribution,"
            + " (SELECT distribution FROM documents WHERE id = ?)),"
            + " original_language = COALESCE(original_language,"
            + " (SELECT original_language FROM documents WHERE id = ?)),"
            + " title_date = COALESCE(title_date, (SELECT title_date FROM documents WHERE id = ?)),"
            + " country = COALESCE(country, (SELECT country FROM documents WHERE id = ?))"
            + " WHERE id = ?",
        from,
        from,
        from,
        from,
        from,
        from,
        from,
        from,
        into);
    Jdbc.update(connection, "DELETE FROM documents WHERE id = ?", from);
  }
}
