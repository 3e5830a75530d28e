package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.Change;

/**
 * Appends to the change log inside a write. A document's neighbours (its family base and members,
 * what it cites and what cites it) show links to it, so when those links change they are logged
 * with it.
 */
final class ChangeLog {
  private ChangeLog() {}

  static long append(Connection connection, long documentId, Change.Kind kind) throws SQLException {
    long seq = Jdbc.nextId(connection, "change");
    Jdbc.update(
        connection,
        "INSERT INTO change_log (seq, document_id, kind) VALUES (?, ?, ?)",
        seq,
        documentId,
        kind);
    return seq;
  }

  /**
   * Logs, after a version was put, the neighbours whose links changed: documents citing or
   * extending a symbol the document newly answers to (their links now resolve), its family base,
   * and the documents whose symbols its citations gained or lost. A further language version of a
   * much-cited document changes none of these, so it logs only the document itself.
   */
  static void appendLinked(
      Connection connection, long documentId, Set<String> newSymbols, Set<String> changedCitations)
      throws SQLException {
    Set<Long> touched = new TreeSet<>();
    if (!newSymbols.isEmpty()) {
      Object[] symbols = newSymbols.toArray();
      String in = " IN (" + Jdbc.placeholders(newSymbols) + ")";
      touched.addAll(
          Jdbc.list(
              connection,
              "SELECT DISTINCT document_id FROM citations WHERE cited_symbol" + in,
              row -> row.getLong(1),
              symbols));
      touched.addAll(
          Jdbc.list(
              connection,
              "SELECT id FROM documents WHERE family_base" + in,
              row -> row.getLong(1),
              symbols));
      touched.addAll(
          Jdbc.list(
              connection,
              "SELECT base.document_id FROM documents d"
                  + " JOIN document_symbols base ON base.symbol = d.family_base WHERE d.id = ?",
              row -> row.getLong(1),
              documentId));
    }
    if (!changedCitations.isEmpty()) {
      touched.addAll(
          Jdbc.list(
              connection,
              "SELECT document_id FROM document_symbols WHERE symbol IN ("
                  + Jdbc.placeholders(changedCitations)
                  + ")",
              row -> row.getLong(1),
              changedCitations.toArray()));
    }
    touched.remove(documentId);
    for (long neighbour : touched) {
      append(connection, neighbour, Change.Kind.UPDATED);
    }
  }

  /** Logs every neighbour of {@code documentId} (not the document itself) as updated. */
  static void appendNeighbours(Connection connection, long documentId) throws SQLException {
    Set<Long> neighbours = new TreeSet<>(neighbours(connection, documentId));
    neighbours.remove(documentId);
    for (long neighbour : neighbours) {
      append(connection, neighbour, Change.Kind.UPDATED);
    }
  }

  private static List<Long> neighbours(Connection connection, long id) throws SQLException {
    return Jdbc.list(
        connection,
        // Its family base, its family members, the documents it cites, the documents citing it.
        "SELECT base.document_id FROM documents d"
            + " JOIN document_symbols base ON base.symbol = d.family_base WHERE d.id = ?"
            + " UNION SELECT m.id FROM documents m"
            + " JOIN document_symbols mine ON mine.symbol = m.family_base"
            + " WHERE mine.document_id = ?"
            + " UNION SELECT cited.document_id FROM citations c"
            + " JOIN document_symbols cited ON cited.symbol = c.cited_symbol"
            + " WHERE c.document_id = ?"
            + " UNION SELECT c.document_id FROM citations c"
            + " JOIN document_symbols mine ON mine.symbol = c.cited_symbol"
            + " WHERE mine.document_id = ?",
        row -> row.getLong(1),
        id,
        id,
        id,
        id);
  }
}
