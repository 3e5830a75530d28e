package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.Change;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.PutResult.Outcome;
import org.dossier.catalogue.VersionInput;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.Language;

/**
 * Writes one language version inside the caller's transaction: finds or creates its document, adds
 * the version or a new revision, upserts its body, session and agenda items, replaces its citations
 * and logs the change. The caller commits, or rolls everything back on a throw.
 */
final class VersionWriter {
  /** A checked input, its record as JSON and a name for it in errors. */
  record Prepared(VersionInput version, String recordJson, String input) {}

  private final Connection connection;
  private final DocumentRecord record;
  private final Language language;
  private final String cleanText;
  private final OriginalFile original;
  private final String recordJson;
  private final String input;
  private final Long into;

  VersionWriter(Connection connection, Prepared prepared) {
    this(connection, prepared, null);
  }

  /**
   * A writer putting the version into a given document ({@code into}), as the workflow does with a
   * submission's and a translator's files: no symbol is read from the record and no document is
   * matched; the registrar gives the symbol.
   */
  VersionWriter(Connection connection, Prepared prepared, Long into) {
    this.into = into;
    this.connection = connection;
    this.record = prepared.version().record();
    this.language = record.language();
    this.cleanText = prepared.version().cleanText();
    this.original = prepared.version().original();
    this.recordJson = prepared.recordJson();
    this.input = prepared.input();
  }

  PutResult write() throws SQLException {
    Optional<PutResult> unchanged = sameFileAlreadyCatalogued();
    if (unchanged.isPresent()) {
      return unchanged.get();
    }
    List<String> symbols = into == null ? normalisedSymbols() : List.of();
    Map<String, Long> held = holders(symbols);
    Target target = into == null ? resolveDocument(symbols, held) : new Target(into, false);
    long documentId = target.documentId();
    addSymbols(documentId, symbols);

    long changeSeq = ChangeLog.append(connection, documentId, Change.Kind.UPDATED);
    int revision = insertVersion(documentId, changeSeq);
    DocumentFacts.link(connection, record, documentId);
    Set<String> changedCitations = replaceCitations(documentId);
    Set<String> newlyHeld = new LinkedHashSet<>(symbols);
    newlyHeld.removeAll(held.keySet());
    ChangeLog.appendLinked(connection, documentId, newlyHeld, changedCitations);

    Outcome outcome =
        target.created()
            ? Outcome.CREATED_DOCUMENT
            : revision == 1 ? Outcome.ADDED_VERSION : Outcome.REVISED_VERSION;
    return new PutResult(documentId, keyOf(documentId), outcome, revision);
  }

  /** The document a version goes to, and whether this put created it. */
  private record Target(long documentId, boolean created) {}

  private Optional<PutResult> sameFileAlreadyCatalogued() throws SQLException {
    return Jdbc.first(
        connection,
        "SELECT document_id, revision FROM language_versions"
            + " WHERE file_sha256 = ? AND language = ?"
            // Into a given document, only a file it already has is the same put again.
            + (into == null ? "" : " AND document_id = ?")
            + " ORDER BY revision DESC",
        row ->
            new PutResult(row.getLong(1), keyOf(row.getLong(1)), Outcome.UNCHANGED, row.getInt(2)),
        into == null
            ? new Object[] {original.sha256(), language}
            : new Object[] {original.sha256(), language, into});
  }

  /** The record's primary symbol first, then the others, normalised and without repeats. */
  private List<String> normalisedSymbols() {
    Set<String> symbols = new LinkedHashSet<>();
    Optional.ofNullable(Symbols.normalise(record.symbol())).ifPresent(symbols::add);
    for (String other : record.symbols()) {
      Optional.ofNullable(Symbols.normalise(other)).ifPresent(symbols::add);
    }
    return new ArrayList<>(symbols);
  }

  private Target resolveDocument(List<String> symbols, Map<String, Long> held) throws SQLException {
    if (symbols.isEmpty()) {
      return provisionalDocument();
    }
    Set<Long> documents = new TreeSet<>(held.values());
    if (documents.size() > 1) {
      throw new CatalogueException(
          "Cannot catalogue "
              + input
              + ": its symbols "
              + held.keySet()
              + " belong to different catalogued documents "
              + keysOf(documents));
    }
    if (documents.size() == 1) {
      return new Target(documents.iterator().next(), false);
    }
    List<Long> provisional = ProvisionalMatcher.candidates(connection, record, language, true);
    if (provisional.size() == 1) {
      long adopted = provisional.getFirst();
      DocumentIdentity.giveSymbol(connection, adopted, printedSymbol(), symbols.getFirst());
      return new Target(adopted, false);
    }
    return new Target(createDocument(printedSymbol(), symbols.getFirst()), true);
  }

  private Target provisionalDocument() throws SQLException {
    List<Long> candidates = ProvisionalMatcher.candidates(connection, record, language, false);
    if (candidates.size() == 1) {
      return new Target(candidates.getFirst(), false);
    }
    String note = "No symbol printed: a registrar should assign one.";
    if (candidates.size() > 1) {
      note +=
          " Its "
              + language.code()
              + " version matches several documents ("
              + String.join(", ", keysOf(candidates))
              + "), so it was kept apart.";
    }
    String key = DocumentIdentity.provisionalKey(language, original.sha256());
    return new Target(DocumentIdentity.createProvisional(connection, key, note), true);
  }

  /** The primary symbol in its normalised printed form ({@code A/HRC/43/2/Add.1}). */
  private String printedSymbol() {
    return Stream.concat(Stream.ofNullable(record.symbol()), record.symbols().stream())
        .map(Symbols::printed)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow();
  }

  /** Which of {@code symbols} are held by documents already, and by which. */
  private Map<String, Long> holders(List<String> symbols) throws SQLException {
    Map<String, Long> held = new LinkedHashMap<>();
    for (String symbol : symbols) {
      Documents.idOf(connection, symbol).ifPresent(id -> held.put(symbol, id));
    }
    return held;
  }

  private long createDocument(String symbol, String normalised) throws SQLException {
    long id = Jdbc.nextId(connection, "document");
    Jdbc.update(connection, "INSERT INTO documents (id, symbol) VALUES (?, ?)", id, symbol);
    DocumentIdentity.addSymbol(connection, id, normalised, Documents.PRIMARY);
    DocumentIdentity.linkFamily(connection, id, normalised);
    return id;
  }

  private void addSymbols(long documentId, List<String> symbols) throws SQLException {
    for (String symbol : symbols) {
      Jdbc.update(
          connection,
          "INSERT INTO document_symbols (symbol, document_id, kind) VALUES (?, ?, ?)"
              + " ON CONFLICT (symbol) DO NOTHING",
          symbol,
          documentId,
          Documents.ALTERNATE);
    }
  }

  private int insertVersion(long documentId, long changeSeq) throws SQLException {
    int revision =
        (int)
                Jdbc.count(
                    connection,
                    "SELECT COALESCE(MAX(revision), 0) FROM language_versions"
                        + " WHERE document_id = ? AND language = ?",
                    documentId,
                    language)
            + 1;
    Jdbc.update(
        connection,
        "INSERT INTO language_versions (document_id, language, revision, title, clean_text,"
            + " job_number, job_key, issue_date, file_sha256, file_name, media_type, file_size,"
            + " record_json, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        documentId,
        language,
        revision,
        record.title(),
        cleanText,
        record.jobNumber(),
        ProvisionalMatcher.jobKey(record.jobNumber()),
        record.issueDate(),
        original.sha256(),
        original.fileName(),
        original.mediaType(),
        original.size(),
        recordJson,
        changeSeq);
    return revision;
  }

  /**
   * The citations of the current revision replace those of the previous one in this language.
   *
   * @return the cited symbols added or dropped
   */
  private Set<String> replaceCitations(long documentId) throws SQLException {
    Set<String> before =
        new TreeSet<>(
            Jdbc.list(
                connection,
                "SELECT cited_symbol FROM citations WHERE document_id = ? AND language = ?",
                row -> row.getString(1),
                documentId,
                language));
    Jdbc.update(
        connection,
        "DELETE FROM citations WHERE document_id = ? AND language = ?",
        documentId,
        language);
    Map<String, String> bySymbol = new LinkedHashMap<>();
    for (Citation citation : record.citations()) {
      String symbol = Symbols.normalise(citation.symbol());
      if (symbol != null) {
        bySymbol.putIfAbsent(symbol, citation.text() == null ? citation.symbol() : citation.text());
      }
    }
    for (Map.Entry<String, String> citation : bySymbol.entrySet()) {
      Jdbc.update(
          connection,
          "INSERT INTO citations (document_id, language, cited_symbol, cited_text)"
              + " VALUES (?, ?, ?, ?)",
          documentId,
          language,
          citation.getKey(),
          citation.getValue());
    }
    Set<String> changed = new TreeSet<>(before);
    changed.addAll(bySymbol.keySet());
    before.retainAll(bySymbol.keySet());
    changed.removeAll(before);
    return changed;
  }

  private String keyOf(long documentId) throws SQLException {
    return Jdbc.first(
            connection,
            "SELECT COALESCE(symbol, provisional_key) FROM documents WHERE id = ?",
            row -> row.getString(1),
            documentId)
        .orElseThrow();
  }

  private List<String> keysOf(Collection<Long> documentIds) throws SQLException {
    List<String> keys = new ArrayList<>();
    for (long id : documentIds) {
      keys.add(keyOf(id));
    }
    return keys;
  }
}
