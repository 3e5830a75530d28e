package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.catalogue.Accounts;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedAgendaItem;
import org.dossier.catalogue.CataloguedBody;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedSession;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.Change;
import org.dossier.catalogue.CitationEdge;
import org.dossier.catalogue.Counts;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.LoginFailures;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.SessionStore;
import org.dossier.catalogue.StoredAlignment;
import org.dossier.catalogue.VersionInput;
import org.dossier.catalogue.Workflow;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.model.Visibility;
import org.dossier.understand.RecordJson;

/** The catalogue over JDBC, with SQL that runs unchanged on SQLite and PostgreSQL. */
final class JdbcCatalogue implements Catalogue {
  private final Connections connections;
  private final String schemaVersion;
  private final Workflow workflow;
  private final Accounts accounts;
  private final JdbcSignIns signIns;

  JdbcCatalogue(Connections connections, String schemaVersion) {
    this.connections = connections;
    this.schemaVersion = schemaVersion;
    this.workflow = new JdbcWorkflow(connections);
    this.accounts = new JdbcAccounts(connections);
    this.signIns = new JdbcSignIns(connections);
  }

  @Override
  public PutResult put(DocumentRecord record, String cleanText, OriginalFile original) {
    return putAll(List.of(new VersionInput(record, cleanText, original))).getFirst();
  }

  @Override
  public List<PutResult> putAll(List<VersionInput> versions) {
    List<VersionWriter.Prepared> prepared = new ArrayList<>(versions.size());
    for (VersionInput version : versions) {
      prepared.add(prepare(version));
    }
    try {
      return connections.write(connection -> {
        List<PutResult> results = new ArrayList<>(prepared.size());
        for (VersionWriter.Prepared version : prepared) {
          try {
            results.add(new VersionWriter(connection, version).write());
          } catch (SQLException e) {
            throw new CatalogueException(
                "Cannot catalogue " + version.input() + ": " + e.getMessage(), e);
          }
        }
        return results;
      });
    } catch (SQLException e) {
      throw new CatalogueException(
          "Cannot catalogue " + versions.size() + " versions: " + e.getMessage(), e);
    }
  }

  /** Checks one input and turns its record into JSON, before any transaction starts. */
  static VersionWriter.Prepared prepare(VersionInput version) {
    if (version == null || version.record() == null) {
      throw new IllegalArgumentException("put: the version and its record are required");
    }
    DocumentRecord record = version.record();
    String input = describe(record, version.original());
    if (record.language() == null) {
      throw new CatalogueException("Cannot catalogue " + input + ": the record has no language");
    }
    if (version.cleanText() == null) {
      throw new CatalogueException("Cannot catalogue " + input + ": the clean text is missing");
    }
    if (version.original() == null) {
      throw new CatalogueException("Cannot catalogue " + input + ": the original file is missing");
    }
    return new VersionWriter.Prepared(version, RecordJson.toJsonLine(record), input);
  }

  private static String describe(DocumentRecord record, OriginalFile original) {
    String source =
        record.source() != null
            ? record.source()
            : original != null ? original.fileName() : "a record without source";
    return source + (record.language() == null ? "" : " (" + record.language().code() + ")");
  }

  @Override
  public CataloguedDocument assignSymbol(String provisionalKey, String symbol) {
    return write(
        "assign " + symbol + " to " + provisionalKey,
        connection -> {
          long id = SymbolAssignment.assign(connection, provisionalKey, symbol);
          return Documents.load(connection, id).orElseThrow();
        });
  }

  @Override
  public CataloguedDocument merge(String first, String second) {
    return write(
        "merge " + first + " and " + second,
        connection -> {
          long one = existing(connection, first, "merge");
          long other = existing(connection, second, "merge");
          if (one == other) {
            throw new CatalogueException(
                "Cannot merge " + first + " and " + second + ": they are the same document");
          }
          CataloguedDocument a = Documents.load(connection, one).orElseThrow();
          CataloguedDocument b = Documents.load(connection, other).orElseThrow();
          if (!a.provisional() && !b.provisional()) {
            throw new CatalogueException(
                "Cannot merge "
                    + a.symbol()
                    + " and "
                    + b.symbol()
                    + ": both have a symbol, so they are different documents");
          }
          long into = a.provisional() && !b.provisional() ? other : one;
          DocumentCorrections.merge(connection, into == one ? other : one, into);
          return Documents.load(connection, into).orElseThrow();
        });
  }

  @Override
  public CataloguedDocument split(String symbolOrKey, Language language) {
    return write(
        "split " + symbolOrKey,
        connection -> {
          long id = existing(connection, symbolOrKey, "split");
          long created = DocumentCorrections.split(connection, id, language);
          return Documents.load(connection, created).orElseThrow();
        });
  }

  /** The id of the document answering to {@code symbolOrKey}, which must exist. */
  private static long existing(Connection connection, String symbolOrKey, String action)
      throws SQLException {
    String normalised = Symbols.normalise(symbolOrKey);
    Optional<Long> id =
        normalised == null ? Optional.empty() : Documents.idOf(connection, normalised);
    return id.orElseThrow(() ->
        new CatalogueException("Cannot " + action + ": no document is known as " + symbolOrKey));
  }

  @Override
  public List<CataloguedDocument> possibleMatches(long documentId) {
    return read(
        "find the possible matches of document " + documentId,
        connection -> {
          List<CataloguedDocument> documents = new ArrayList<>();
          for (long id : ProvisionalMatcher.possibleMatches(connection, documentId)) {
            Documents.load(connection, id).ifPresent(documents::add);
          }
          return documents;
        });
  }

  @Override
  public Optional<CataloguedDocument> find(String symbolOrKey) {
    String normalised = Symbols.normalise(symbolOrKey);
    if (normalised == null) {
      return Optional.empty();
    }
    return read(
        "find " + symbolOrKey,
        connection -> {
          Optional<Long> id = Documents.idOf(connection, normalised);
          return id.isEmpty() ? Optional.empty() : Documents.load(connection, id.get());
        });
  }

  @Override
  public Optional<CataloguedDocument> document(long id) {
    return read("read document " + id, connection -> Documents.load(connection, id));
  }

  @Override
  public List<CataloguedVersion> currentVersions(long documentId) {
    return read(
        "read the versions of document " + documentId,
        connection -> Documents.currentVersions(connection, documentId));
  }

  @Override
  public List<CataloguedVersion> revisions(long documentId, Language language) {
    return read(
        "read the revisions of document " + documentId,
        connection -> Documents.revisions(connection, documentId, language));
  }

  @Override
  public Optional<CataloguedVersion> versionWithOriginal(String sha256) {
    return read(
        "find the version of original file " + sha256,
        connection -> Documents.versionWithOriginal(connection, sha256));
  }

  @Override
  public Optional<CataloguedDocument> familyBase(long documentId) {
    return read(
        "read the family of document " + documentId,
        connection ->
            Documents.loadAll(
                    connection,
                    "SELECT base.document_id FROM documents d"
                        + " JOIN document_symbols base ON base.symbol = d.family_base"
                        + " WHERE d.id = ?",
                    documentId)
                .stream()
                .findFirst());
  }

  @Override
  public List<CataloguedDocument> familyMembers(long documentId) {
    return read(
        "read the family of document " + documentId,
        connection ->
            Documents.loadAll(
                connection,
                "SELECT m.id FROM documents m"
                    + " JOIN document_symbols mine ON mine.symbol = m.family_base"
                    + " WHERE mine.document_id = ? ORDER BY m.symbol, m.id",
                documentId));
  }

  @Override
  public List<CitationEdge> cites(long documentId) {
    return read(
        "read the citations of document " + documentId,
        connection ->
            Jdbc.list(
                connection,
                "SELECT c.cited_symbol, MIN(c.cited_text) AS cited_text, ds.document_id"
                    + " FROM citations c LEFT JOIN document_symbols ds ON ds.symbol = c.cited_symbol"
                    + " WHERE c.document_id = ? GROUP BY c.cited_symbol, ds.document_id"
                    + " ORDER BY c.cited_symbol",
                row ->
                    new CitationEdge(
                        documentId,
                        row.getString("cited_symbol"),
                        row.getString("cited_text"),
                        Jdbc.longOrNull(row, "document_id")),
                documentId));
  }

  @Override
  public List<CitationEdge> citedBy(long documentId) {
    return read(
        "read what cites document " + documentId,
        connection ->
            Jdbc.list(
                connection,
                "SELECT c.document_id, c.cited_symbol, MIN(c.cited_text) AS cited_text"
                    + " FROM citations c JOIN document_symbols ds ON ds.symbol = c.cited_symbol"
                    + " WHERE ds.document_id = ? GROUP BY c.document_id, c.cited_symbol"
                    + " ORDER BY c.document_id, c.cited_symbol",
                row ->
                    new CitationEdge(
                        row.getLong("document_id"),
                        row.getString("cited_symbol"),
                        row.getString("cited_text"),
                        documentId),
                documentId));
  }

  @Override
  public List<CataloguedDocument> documents(DocumentFilter filter, long afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("documents: limit must be at least 1, got " + limit);
    }
    return read(
        "list documents",
        connection ->
            Documents.loadAll(
                connection,
                "SELECT id FROM documents WHERE id > ?"
                    + (filter == DocumentFilter.PROVISIONAL
                        ? " AND symbol IS NULL AND mission IS NULL"
                        : "")
                    + " ORDER BY id LIMIT ?",
                afterId,
                limit));
  }

  @Override
  public List<CataloguedBody> bodies() {
    return read(
        "list bodies",
        connection ->
            Jdbc.list(
                connection,
                "SELECT id, name, organ FROM bodies ORDER BY name",
                row -> new CataloguedBody(row.getLong(1), row.getString(2), row.getString(3))));
  }

  @Override
  public List<CataloguedSession> sessions(long bodyId) {
    return read(
        "list the sessions of body " + bodyId,
        connection ->
            Jdbc.list(
                connection,
                "SELECT id, body_id, number, start_date, end_date FROM sessions"
                    + " WHERE body_id = ? ORDER BY number",
                row ->
                    new CataloguedSession(
                        row.getLong("id"),
                        row.getLong("body_id"),
                        row.getInt("number"),
                        Jdbc.date(row, "start_date"),
                        Jdbc.date(row, "end_date")),
                bodyId));
  }

  private record AgendaTitle(long agendaItemId, Language language, String title) {}

  @Override
  public List<CataloguedAgendaItem> agendaItems(long sessionId) {
    return read(
        "list the agenda of session " + sessionId,
        connection -> {
          Map<Long, Map<Language, String>> titles = new TreeMap<>();
          for (AgendaTitle title :
              Jdbc.list(
                  connection,
                  "SELECT t.agenda_item_id, t.language, t.title FROM agenda_item_titles t"
                      + " JOIN agenda_items a ON a.id = t.agenda_item_id WHERE a.session_id = ?",
                  row ->
                      new AgendaTitle(
                          row.getLong(1),
                          Language.fromCode(row.getString(2)).orElseThrow(),
                          row.getString(3)),
                  sessionId)) {
            titles
                .computeIfAbsent(title.agendaItemId(), id -> new TreeMap<>())
                .put(title.language(), title.title());
          }
          return Jdbc.list(
              connection,
              "SELECT id, number FROM agenda_items WHERE session_id = ? ORDER BY number",
              row ->
                  new CataloguedAgendaItem(
                      row.getLong(1),
                      sessionId,
                      row.getInt(2),
                      titles.getOrDefault(row.getLong(1), Map.of())),
              sessionId);
        });
  }

  @Override
  public List<CataloguedDocument> documentsUnder(long agendaItemId) {
    return read(
        "list the documents of agenda item " + agendaItemId,
        connection ->
            Documents.loadAll(
                connection,
                "SELECT d.id FROM documents d"
                    + " JOIN document_agenda_items da ON da.document_id = d.id"
                    + " WHERE da.agenda_item_id = ?"
                    + " ORDER BY COALESCE(d.symbol, d.provisional_key)",
                agendaItemId));
  }

  @Override
  public List<CataloguedDocument> documentsOfSession(long sessionId) {
    return read(
        "list the documents of session " + sessionId,
        connection ->
            Documents.loadAll(
                connection,
                "SELECT id FROM documents WHERE session_id = ?"
                    + " ORDER BY COALESCE(symbol, provisional_key)",
                sessionId));
  }

  @Override
  public CatalogueReader readerFor(Visibility visibility) {
    return new JdbcCatalogueReader(connections, visibility);
  }

  @Override
  public Workflow workflow() {
    return workflow;
  }

  @Override
  public Accounts accounts() {
    return accounts;
  }

  @Override
  public SessionStore sessions() {
    return signIns;
  }

  @Override
  public LoginFailures loginFailures() {
    return signIns;
  }

  @Override
  public Counts counts() {
    return read(
        "count",
        connection ->
            Jdbc.first(
                    connection,
                    "SELECT (SELECT COUNT(*) FROM documents),"
                        + " (SELECT COUNT(*) FROM documents WHERE symbol IS NULL AND mission IS NULL),"
                        + " (SELECT COUNT(*) FROM (SELECT DISTINCT document_id, language"
                        + " FROM language_versions) current_versions),"
                        + " (SELECT COUNT(*) FROM language_versions),"
                        + " (SELECT COUNT(*) FROM bodies),"
                        + " (SELECT COUNT(*) FROM sessions),"
                        + " (SELECT COUNT(*) FROM agenda_items),"
                        + " (SELECT COUNT(*) FROM (SELECT DISTINCT document_id, cited_symbol"
                        + " FROM citations) edges),"
                        + " (SELECT COUNT(*) FROM (SELECT DISTINCT document_id, cited_symbol"
                        + " FROM citations c WHERE NOT EXISTS (SELECT 1 FROM document_symbols ds"
                        + " WHERE ds.symbol = c.cited_symbol)) dangling),"
                        + " (SELECT COALESCE(MAX(seq), 0) FROM change_log)",
                    row ->
                        new Counts(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getLong(4),
                            row.getLong(5),
                            row.getLong(6),
                            row.getLong(7),
                            row.getLong(8),
                            row.getLong(9),
                            row.getLong(10)))
                .orElseThrow());
  }

  @Override
  public long lastChange() {
    return read(
        "read the change log",
        connection -> Jdbc.count(connection, "SELECT COALESCE(MAX(seq), 0) FROM change_log"));
  }

  @Override
  public List<Change> changesSince(long seq, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("changesSince: limit must be at least 1, got " + limit);
    }
    return read(
        "read the change log",
        connection ->
            Jdbc.list(
                connection,
                "SELECT seq, document_id, kind FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
                row ->
                    new Change(
                        row.getLong(1), row.getLong(2), Change.Kind.valueOf(row.getString(3))),
                seq,
                limit));
  }

  @Override
  public Optional<StoredAlignment> alignment(long documentId, Language source, Language target) {
    return read(
        "read the " + source.code() + "-" + target.code() + " alignment of document " + documentId,
        connection ->
            Jdbc.first(
                connection,
                "SELECT source_change, target_change, method, beads FROM alignments"
                    + " WHERE document_id = ? AND source_lang = ? AND target_lang = ?",
                row ->
                    new StoredAlignment(
                        documentId,
                        source,
                        target,
                        row.getLong("source_change"),
                        row.getLong("target_change"),
                        row.getString("method"),
                        row.getString("beads")),
                documentId,
                source.code(),
                target.code()));
  }

  @Override
  public void keepAlignment(StoredAlignment alignment) {
    write(
        "keep the "
            + alignment.source().code()
            + "-"
            + alignment.target().code()
            + " alignment of document "
            + alignment.documentId(),
        connection -> {
          Jdbc.update(
              connection,
              "DELETE FROM alignments WHERE document_id = ? AND source_lang = ? AND target_lang = ?",
              alignment.documentId(),
              alignment.source().code(),
              alignment.target().code());
          return Jdbc.update(
              connection,
              "INSERT INTO alignments (document_id, source_lang, target_lang, source_change,"
                  + " target_change, method, beads) VALUES (?, ?, ?, ?, ?, ?, ?)",
              alignment.documentId(),
              alignment.source().code(),
              alignment.target().code(),
              alignment.sourceChange(),
              alignment.targetChange(),
              alignment.method(),
              alignment.beads());
        });
  }

  @Override
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    try {
      connections.close();
    } catch (SQLException e) {
      throw new CatalogueException("Cannot close the catalogue: " + e.getMessage(), e);
    }
  }

  private <T> T read(String what, Connections.Work<T> work) {
    try {
      return connections.read(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private <T> T write(String what, Connections.Work<T> work) {
    try {
      return connections.write(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
