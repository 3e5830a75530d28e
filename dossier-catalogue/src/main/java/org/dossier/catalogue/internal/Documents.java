package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.FamilyRelation;
import org.dossier.catalogue.OriginalFile;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;

/** Reading documents and versions back from their rows. */
final class Documents {
  static final String PRIMARY = "PRIMARY";
  static final String ALTERNATE = "ALTERNATE";
  static final String PROVISIONAL = "PROVISIONAL";

  private static final String SELECT_DOCUMENT =
      "SELECT d.*, b.name AS body_name, s.number AS session_number FROM documents d"
          + " LEFT JOIN bodies b ON b.id = d.body_id"
          + " LEFT JOIN sessions s ON s.id = d.session_id";

  private static final String SELECT_VERSION = "SELECT v.* FROM language_versions v";

  private Documents() {}

  /** The id of the document answering to a normalised symbol or key. */
  static Optional<Long> idOf(Connection connection, String normalised) throws SQLException {
    return Jdbc.first(
        connection,
        "SELECT document_id FROM document_symbols WHERE symbol = ?",
        row -> row.getLong(1),
        normalised);
  }

  static Optional<CataloguedDocument> load(Connection connection, long id) throws SQLException {
    Optional<DocumentRow> row =
        Jdbc.first(connection, SELECT_DOCUMENT + " WHERE d.id = ?", Documents::documentRow, id);
    return row.isEmpty() ? Optional.empty() : Optional.of(complete(connection, row.get()));
  }

  /** The documents whose ids a query selects (its single column), in the query's order. */
  static List<CataloguedDocument> loadAll(Connection connection, String idQuery, Object... params)
      throws SQLException {
    List<CataloguedDocument> documents = new ArrayList<>();
    for (long id : Jdbc.list(connection, idQuery, row -> row.getLong(1), params)) {
      load(connection, id).ifPresent(documents::add);
    }
    return documents;
  }

  static Set<Language> languages(Connection connection, long id) throws SQLException {
    Set<Language> languages = new TreeSet<>();
    for (String code :
        Jdbc.list(
            connection,
            "SELECT DISTINCT language FROM language_versions WHERE document_id = ?",
            row -> row.getString(1),
            id)) {
      languages.add(Language.fromCode(code).orElseThrow());
    }
    return languages;
  }

  static List<CataloguedVersion> currentVersions(Connection connection, long id)
      throws SQLException {
    return Jdbc.list(
        connection,
        SELECT_VERSION
            + " WHERE v.document_id = ? AND v.revision = (SELECT MAX(w.revision)"
            + " FROM language_versions w WHERE w.document_id = v.document_id"
            + " AND w.language = v.language) ORDER BY v.language",
        Documents::version,
        id);
  }

  static List<CataloguedVersion> revisions(Connection connection, long id, Language language)
      throws SQLException {
    return Jdbc.list(
        connection,
        SELECT_VERSION + " WHERE v.document_id = ? AND v.language = ? ORDER BY v.revision",
        Documents::version,
        id,
        language);
  }

  /** The first-catalogued revision with this original file; the hash column is indexed. */
  static Optional<CataloguedVersion> versionWithOriginal(Connection connection, String sha256)
      throws SQLException {
    return Jdbc.first(
        connection,
        SELECT_VERSION
            + " WHERE v.file_sha256 = ? ORDER BY v.change_seq, v.document_id, v.language, v.revision",
        Documents::version,
        sha256);
  }

  /** The columns of a document row, before its symbols and languages are added. */
  private record DocumentRow(
      long id,
      String symbol,
      String provisionalKey,
      String reviewNote,
      String familyBase,
      String familyRelation,
      String organ,
      String body,
      Integer sessionNumber,
      String docType,
      String distribution,
      String originalLanguage,
      String titleDate,
      String country,
      String state,
      String mission) {}

  private static DocumentRow documentRow(ResultSet row) throws SQLException {
    return new DocumentRow(
        row.getLong("id"),
        row.getString("symbol"),
        row.getString("provisional_key"),
        row.getString("review_note"),
        row.getString("family_base"),
        row.getString("family_relation"),
        row.getString("organ"),
        row.getString("body_name"),
        Jdbc.integer(row, "session_number"),
        row.getString("doc_type"),
        row.getString("distribution"),
        row.getString("original_language"),
        row.getString("title_date"),
        row.getString("country"),
        row.getString("state"),
        row.getString("mission"));
  }

  private static CataloguedDocument complete(Connection connection, DocumentRow row)
      throws SQLException {
    List<String> symbols =
        Jdbc.list(
            connection,
            "SELECT symbol FROM document_symbols WHERE document_id = ? AND kind <> ?"
                + " ORDER BY CASE kind WHEN ? THEN 0 ELSE 1 END, symbol",
            result -> result.getString(1),
            row.id(),
            PROVISIONAL,
            PRIMARY);
    return new CataloguedDocument(
        row.id(),
        row.symbol() != null ? row.symbol() : row.provisionalKey(),
        row.symbol(),
        symbols,
        row.provisionalKey(),
        row.reviewNote(),
        row.familyBase(),
        row.familyRelation() == null ? null : FamilyRelation.valueOf(row.familyRelation()),
        row.organ(),
        row.body(),
        row.sessionNumber(),
        row.docType() == null ? null : DocType.fromId(row.docType()).orElse(DocType.OTHER),
        row.distribution() == null ? null : Distribution.fromLabel(row.distribution()).orElse(null),
        row.originalLanguage() == null
            ? null
            : Language.fromCode(row.originalLanguage()).orElse(null),
        row.titleDate() == null ? null : LocalDate.parse(row.titleDate()),
        row.country(),
        languages(connection, row.id()),
        DocumentState.valueOf(row.state()),
        row.mission());
  }

  private static CataloguedVersion version(ResultSet row) throws SQLException {
    return new CataloguedVersion(
        row.getLong("document_id"),
        Language.fromCode(row.getString("language")).orElseThrow(),
        row.getInt("revision"),
        row.getString("title"),
        row.getString("clean_text"),
        row.getString("job_number"),
        Jdbc.date(row, "issue_date"),
        new OriginalFile(
            row.getString("file_sha256"),
            row.getLong("file_size"),
            row.getString("file_name"),
            row.getString("media_type")),
        RecordJson.read(row.getString("record_json")),
        row.getLong("change_seq"));
  }
}
