package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.CitationEdge;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.model.Language;
import org.dossier.model.Visibility;

/**
 * The catalogue's reads with a visibility condition in every query that names a document. A read of
 * a hidden document runs the same statements as one of a missing document and returns the same
 * empty answer, so neither the answer nor its cost tells them apart.
 */
final class JdbcCatalogueReader implements CatalogueReader {
  private final Connections connections;
  private final VisibilitySql visible;

  JdbcCatalogueReader(Connections connections, Visibility visibility) {
    this.connections = connections;
    this.visible = VisibilitySql.of(visibility, "d");
  }

  @Override
  public Optional<CataloguedDocument> find(String symbolOrKey) {
    String normalised = Symbols.normalise(symbolOrKey);
    return read(connection -> {
      Optional<Long> id =
          Jdbc.first(
              connection,
              "SELECT d.id FROM document_symbols ds JOIN documents d ON d.id = ds.document_id"
                  + " WHERE ds.symbol = ? AND "
                  + visible.condition(),
              row -> row.getLong(1),
              visible.after(normalised == null ? "" : normalised));
      return id.isEmpty() ? Optional.empty() : Documents.load(connection, id.get());
    });
  }

  @Override
  public Optional<CataloguedDocument> document(long id) {
    return read(connection -> load(connection, id));
  }

  private Optional<CataloguedDocument> load(Connection connection, long id) throws SQLException {
    return Documents.loadAll(
            connection,
            "SELECT d.id FROM documents d WHERE d.id = ? AND " + visible.condition(),
            visible.after(id))
        .stream()
        .findFirst();
  }

  private boolean isVisible(Connection connection, long id) throws SQLException {
    return Jdbc.count(
            connection,
            "SELECT COUNT(*) FROM documents d WHERE d.id = ? AND " + visible.condition(),
            visible.after(id))
        > 0;
  }

  @Override
  public List<CataloguedVersion> currentVersions(long documentId) {
    return read(connection ->
        isVisible(connection, documentId)
            ? Documents.currentVersions(connection, documentId)
            : List.of());
  }

  @Override
  public List<CataloguedVersion> revisions(long documentId, Language language) {
    return read(connection ->
        isVisible(connection, documentId)
            ? Documents.revisions(connection, documentId, language)
            : List.of());
  }

  @Override
  public Optional<CataloguedDocument> familyBase(long documentId) {
    return read(connection ->
        isVisible(connection, documentId)
            ? Documents.loadAll(
                    connection,
                    "SELECT d.id FROM documents m"
                        + " JOIN document_symbols base ON base.symbol = m.family_base"
                        + " JOIN documents d ON d.id = base.document_id"
                        + " WHERE m.id = ? AND "
                        + visible.condition(),
                    visible.after(documentId))
                .stream()
                .findFirst()
            : Optional.empty());
  }

  @Override
  public List<CataloguedDocument> familyMembers(long documentId) {
    return read(connection ->
        isVisible(connection, documentId)
            ? Documents.loadAll(
                connection,
                "SELECT d.id FROM documents d"
                    + " JOIN document_symbols mine ON mine.symbol = d.family_base"
                    + " WHERE mine.document_id = ? AND "
                    + visible.condition()
                    + " ORDER BY d.symbol, d.id",
                visible.after(documentId))
            : List.of());
  }

  @Override
  public List<CitationEdge> cites(long documentId) {
    return read(connection -> {
      if (!isVisible(connection, documentId)) {
        return List.of();
      }
      // The cited symbol is part of the citing text the reader sees; only its resolution to a
      // catalogued document would tell something more, so it resolves to visible documents only.
      return Jdbc.list(
          connection,
          "SELECT c.cited_symbol, MIN(c.cited_text) AS cited_text, visible_target.id"
              + " FROM citations c LEFT JOIN (SELECT ds.symbol, d.id FROM document_symbols ds"
              + " JOIN documents d ON d.id = ds.document_id WHERE "
              + visible.condition()
              + ") visible_target ON visible_target.symbol = c.cited_symbol"
              + " WHERE c.document_id = ? GROUP BY c.cited_symbol, visible_target.id"
              + " ORDER BY c.cited_symbol",
          row ->
              new CitationEdge(
                  documentId,
                  row.getString("cited_symbol"),
                  row.getString("cited_text"),
                  Jdbc.longOrNull(row, "id")),
          withTrailing(visible.parameters(), documentId));
    });
  }

  @Override
  public List<CitationEdge> citedBy(long documentId) {
    return read(connection ->
        isVisible(connection, documentId)
            ? Jdbc.list(
                connection,
                "SELECT c.document_id, c.cited_symbol, MIN(c.cited_text) AS cited_text"
                    + " FROM citations c JOIN document_symbols ds ON ds.symbol = c.cited_symbol"
                    + " JOIN documents d ON d.id = c.document_id"
                    + " WHERE ds.document_id = ? AND "
                    + visible.condition()
                    + " GROUP BY c.document_id, c.cited_symbol"
                    + " ORDER BY c.document_id, c.cited_symbol",
                row ->
                    new CitationEdge(
                        row.getLong("document_id"),
                        row.getString("cited_symbol"),
                        row.getString("cited_text"),
                        documentId),
                visible.after(documentId))
            : List.of());
  }

  @Override
  public List<CataloguedDocument> documents(DocumentFilter filter, long afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("documents: limit must be at least 1, got " + limit);
    }
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT d.id FROM documents d WHERE d.id > ? AND "
                + visible.condition()
                + (filter == DocumentFilter.PROVISIONAL
                    ? " AND d.symbol IS NULL AND d.mission IS NULL"
                    : "")
                + " ORDER BY d.id LIMIT ?",
            withTrailing(List.of(visible.after(afterId)), limit)));
  }

  @Override
  public List<CataloguedDocument> documentsUnder(long agendaItemId) {
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT d.id FROM documents d"
                + " JOIN document_agenda_items da ON da.document_id = d.id"
                + " WHERE da.agenda_item_id = ? AND "
                + visible.condition()
                + " ORDER BY COALESCE(d.symbol, d.provisional_key)",
            visible.after(agendaItemId)));
  }

  @Override
  public List<CataloguedDocument> documentsOfSession(long sessionId) {
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT d.id FROM documents d WHERE d.session_id = ? AND "
                + visible.condition()
                + " ORDER BY COALESCE(d.symbol, d.provisional_key)",
            visible.after(sessionId)));
  }

  private static Object[] withTrailing(List<Object> leading, Object last) {
    Object[] all = leading.toArray(new Object[leading.size() + 1]);
    all[leading.size()] = last;
    return all;
  }

  private <T> T read(Connections.Work<T> work) {
    try {
      return connections.read(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot read the catalogue: " + e.getMessage(), e);
    }
  }
}
