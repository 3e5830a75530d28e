package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.dossier.catalogue.AuditEntry;

/**
 * Appends to the audit trail inside the transaction that makes the change, so an entry exists
 * exactly when its change was committed. There is no way to change or remove an entry: the database
 * refuses UPDATE and DELETE on the table (see {@link AuditGuard}).
 */
final class AuditLog {
  private AuditLog() {}

  static void append(
      Connection connection,
      String actor,
      String action,
      String subject,
      Object before,
      Object after)
      throws SQLException {
    long seq = Jdbc.nextId(connection, "audit");
    Jdbc.update(
        connection,
        "INSERT INTO audit_trail (seq, at, actor, action, subject, before_value, after_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        seq,
        Instant.now().toString(),
        actor,
        action,
        subject,
        before == null ? null : before.toString(),
        after == null ? null : after.toString());
  }

  static List<AuditEntry> read(Connection connection, long afterSeq, int limit)
      throws SQLException {
    return Jdbc.list(
        connection,
        "SELECT seq, at, actor, action, subject, before_value, after_value FROM audit_trail"
            + " WHERE seq > ? ORDER BY seq LIMIT ?",
        row ->
            new AuditEntry(
                row.getLong(1),
                Instant.parse(row.getString(2)),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7)),
        afterSeq,
        limit);
  }
}
