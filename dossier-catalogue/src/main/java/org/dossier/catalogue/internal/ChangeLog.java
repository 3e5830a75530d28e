package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.Change;

/**
 * Appends to the change log inside a write. A document's neighbours (its family base and members,
 * what it cites and what cites it) show links to it, so they are logged with it.
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
