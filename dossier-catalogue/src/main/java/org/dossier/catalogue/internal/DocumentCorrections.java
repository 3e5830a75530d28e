package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.Change;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * A registrar's corrections of matching, inside the caller's transaction: two documents that are
 * one are merged; a version matched to the wrong document is split off into one of its own. Both
 * log every document they change, with its neighbours, so a derived index follows.
 */
final class DocumentCorrections {
  private DocumentCorrections() {}

  /**
   * Moves everything of {@code from} (versions, agenda items, citations, identifiers) to {@code
   * into} and removes {@code from}; its provisional key stays an alias of {@code into}, so links
   * made with it still resolve, and {@link #split} gives it back.
   *
   * @throws CatalogueException if both documents have a version in the same language
   */
  static void merge(Connection connection, long from, long into) throws SQLException {
    for (long id : new long[] {from, into}) {
      String mission = Documents.load(connection, id).orElseThrow().mission();
      if (mission != null) {
        // As for the matcher: a submission's versions come through the workflow only.
        throw new CatalogueException(
            "Cannot merge "
                + keyOf(connection, from)
                + " into "
                + keyOf(connection, into)
                + ": "
                + keyOf(connection, id)
                + " is "
                + mission
                + "'s submission, whose versions come through the circulation workflow");
      }
    }
    Set<Language> shared = new TreeSet<>(Documents.languages(connection, from));
    shared.retainAll(Documents.languages(connection, into));
    if (!shared.isEmpty()) {
      throw new CatalogueException(
          "Cannot merge "
              + keyOf(connection, from)
              + " into "
              + keyOf(connection, into)
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
    ChangeLog.append(connection, from, Change.Kind.REMOVED);
    ChangeLog.append(connection, into, Change.Kind.UPDATED);
    ChangeLog.appendNeighbours(connection, into);
  }

  /**
   * Moves the version of {@code id} in {@code language}, with all its revisions and citations, into
   * a new provisional document, and relearns what {@code id} knows from the versions it keeps.
   *
   * @return the id of the new document
   * @throws CatalogueException if the document has no version in the language, or no other one
   */
  static long split(Connection connection, long id, Language language) throws SQLException {
    String name = keyOf(connection, id);
    List<CataloguedVersion> current = Documents.currentVersions(connection, id);
    Optional<CataloguedVersion> found =
        current.stream().filter(version -> version.language() == language).findFirst();
    if (found.isEmpty()) {
      throw new CatalogueException(
          "Cannot split "
              + name
              + ": it has no "
              + language.code()
              + " version (it has "
              + Documents.languages(connection, id)
              + ")");
    }
    CataloguedVersion moving = found.get();
    if (current.size() == 1) {
      throw new CatalogueException(
          "Cannot split " + name + ": its " + language.code() + " version is its only one");
    }
    long created = splitDocument(connection, id, name, language, moving);
    for (String table : new String[] {"language_versions", "citations"}) {
      Jdbc.update(
          connection,
          "UPDATE " + table + " SET document_id = ? WHERE document_id = ? AND language = ?",
          created,
          id,
          language);
    }
    DocumentFacts.link(connection, moving.record(), created);
    List<DocumentRecord> kept = new ArrayList<>();
    current.stream().filter(version -> version != moving).forEach(v -> kept.add(v.record()));
    DocumentFacts.relearn(connection, id, kept);
    ChangeLog.append(connection, id, Change.Kind.UPDATED);
    ChangeLog.append(connection, created, Change.Kind.UPDATED);
    ChangeLog.appendNeighbours(connection, id);
    ChangeLog.appendNeighbours(connection, created);
    return created;
  }

  /**
   * Creates the document a split version goes to. The key it had as a document of its own, before a
   * merge made it an alias, goes back to it.
   */
  private static long splitDocument(
      Connection connection, long id, String name, Language language, CataloguedVersion moving)
      throws SQLException {
    String key = DocumentIdentity.provisionalKey(language, moving.original().sha256());
    String note = "Split from " + name + " by a registrar: assign its symbol or merge it.";
    String normalised = Symbols.normalise(key);
    Optional<Long> holder = Documents.idOf(connection, normalised);
    if (holder.isPresent() && holder.get() != id) {
      throw new CatalogueException(
          "Cannot split "
              + name
              + ": the key "
              + key
              + " of its "
              + language.code()
              + " version already names "
              + keyOf(connection, holder.get()));
    }
    Jdbc.update(connection, "DELETE FROM document_symbols WHERE symbol = ?", normalised);
    return DocumentIdentity.createProvisional(connection, key, note);
  }

  private static String keyOf(Connection connection, long id) throws SQLException {
    return Jdbc.first(
            connection,
            "SELECT COALESCE(symbol, provisional_key) FROM documents WHERE id = ?",
            row -> row.getString(1),
            id)
        .orElseThrow();
  }
}
