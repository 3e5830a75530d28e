package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.Language;

/**
 * What a document knows from its versions' records, inside the caller's transaction: its body,
 * session and agenda items (created when first met) and the facts of its row. Each fact is filled
 * by the first version that prints it and kept after, so import order cannot flap it.
 */
final class DocumentFacts {
  private final Connection connection;
  private final DocumentRecord record;
  private final Language language;

  private DocumentFacts(Connection connection, DocumentRecord record) {
    this.connection = connection;
    this.record = record;
    this.language = record.language();
  }

  /** Adds what {@code record} knows to the document. */
  static void link(Connection connection, DocumentRecord record, long documentId)
      throws SQLException {
    new DocumentFacts(connection, record).link(documentId);
  }

  /**
   * Forgets the document's facts and agenda items and learns them again from {@code records}, after
   * a version moved out of it.
   */
  static void relearn(Connection connection, long documentId, Iterable<DocumentRecord> records)
      throws SQLException {
    Jdbc.update(
        connection,
        "UPDATE documents SET organ = NULL, body_id = NULL, session_id = NULL, doc_type = NULL,"
            + " distribution = NULL, original_language = NULL, title_date = NULL, country = NULL"
            + " WHERE id = ?",
        documentId);
    Jdbc.update(connection, "DELETE FROM document_agenda_items WHERE document_id = ?", documentId);
    for (DocumentRecord record : records) {
      link(connection, record, documentId);
    }
  }

  /** Upserts body, session and agenda items, and fills what the document did not know yet. */
  private void link(long documentId) throws SQLException {
    Long bodyId = record.body() == null ? null : bodyId(record.body());
    Long sessionId =
        bodyId == null || record.session() == null || record.session().number() == null
            ? null
            : sessionId(bodyId);
    if (sessionId != null) {
      for (AgendaRef item : record.agendaItems()) {
        long itemId = agendaItemId(sessionId, item);
        Jdbc.update(
            connection,
            "INSERT INTO document_agenda_items (document_id, agenda_item_id) VALUES (?, ?)"
                + " ON CONFLICT (document_id, agenda_item_id) DO NOTHING",
            documentId,
            itemId);
      }
    }
    Jdbc.update(
        connection,
        "UPDATE documents SET organ = COALESCE(organ, ?), body_id = COALESCE(body_id, ?),"
            + " session_id = COALESCE(session_id, ?), doc_type = COALESCE(doc_type, ?),"
            + " distribution = COALESCE(distribution, ?),"
            + " original_language = COALESCE(original_language, ?),"
            + " title_date = COALESCE(title_date, ?), country = COALESCE(country, ?)"
            + " WHERE id = ?",
        record.organ(),
        bodyId,
        sessionId,
        record.docType(),
        record.distribution(),
        record.originalLanguage(),
        record.titleDate(),
        record.country() == null ? null : record.country().toUpperCase(Locale.ROOT),
        documentId);
  }

  private long bodyId(String name) throws SQLException {
    Optional<Long> existing =
        Jdbc.first(connection, "SELECT id FROM bodies WHERE name = ?", row -> row.getLong(1), name);
    if (existing.isPresent()) {
      Jdbc.update(
          connection,
          "UPDATE bodies SET organ = COALESCE(organ, ?) WHERE id = ?",
          record.organ(),
          existing.get());
      return existing.get();
    }
    long id = Jdbc.nextId(connection, "body");
    Jdbc.update(
        connection,
        "INSERT INTO bodies (id, name, organ) VALUES (?, ?, ?)",
        id,
        name,
        record.organ());
    return id;
  }

  /**
   * Dates are filled when first printed and not changed after, so import order cannot flap them.
   */
  private long sessionId(long bodyId) throws SQLException {
    DocumentRecord.SessionRef session = record.session();
    Optional<Long> existing =
        Jdbc.first(
            connection,
            "SELECT id FROM sessions WHERE body_id = ? AND number = ?",
            row -> row.getLong(1),
            bodyId,
            session.number());
    if (existing.isPresent()) {
      Jdbc.update(
          connection,
          "UPDATE sessions SET start_date = COALESCE(start_date, ?),"
              + " end_date = COALESCE(end_date, ?) WHERE id = ?",
          session.start(),
          session.end(),
          existing.get());
      return existing.get();
    }
    long id = Jdbc.nextId(connection, "session");
    Jdbc.update(
        connection,
        "INSERT INTO sessions (id, body_id, number, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
        id,
        bodyId,
        session.number(),
        session.start(),
        session.end());
    return id;
  }

  private long agendaItemId(long sessionId, AgendaRef item) throws SQLException {
    Optional<Long> existing =
        Jdbc.first(
            connection,
            "SELECT id FROM agenda_items WHERE session_id = ? AND number = ?",
            row -> row.getLong(1),
            sessionId,
            item.number());
    long id;
    if (existing.isPresent()) {
      id = existing.get();
    } else {
      id = Jdbc.nextId(connection, "agenda_item");
      Jdbc.update(
          connection,
          "INSERT INTO agenda_items (id, session_id, number) VALUES (?, ?, ?)",
          id,
          sessionId,
          item.number());
    }
    if (item.title() != null && !item.title().isBlank()) {
      Jdbc.update(
          connection,
          "INSERT INTO agenda_item_titles (agenda_item_id, language, title) VALUES (?, ?, ?)"
              + " ON CONFLICT (agenda_item_id, language) DO NOTHING",
          id,
          language,
          item.title().strip());
    }
    return id;
  }
}
