package org.dossier.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dossier.catalogue.internal.CatalogueDatabase;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.model.Visibility;

/**
 * The source of truth of Dossier: documents with their language versions and revisions, families,
 * citations, bodies, sessions and agenda items, and a change log for everything derived from it.
 *
 * <p>A catalogue is safe for use by many threads. Writes are serialised (one writer at a time) and
 * each is one transaction: after a failure nothing of it is kept. Reads run concurrently with a
 * write and see the state before or after it, never half of it. Symbols are compared normalised, as
 * {@link org.dossier.model.Symbol} prints them, ignoring case; text outside the symbol grammar is
 * trimmed, its spaces collapsed.
 *
 * <p>A derived index keeps the number of the last change it applied and replays {@link
 * #changesSince(long, int)} to catch up: every committed change logs each document it touched.
 */
public interface Catalogue extends AutoCloseable {

  /** The name of the database file inside a catalogue directory. */
  String DATABASE_FILE = "catalogue.db";

  /**
   * Opens the embedded (SQLite) catalogue in {@code directory}, creating it when the directory is
   * missing or empty and bringing its schema up to date.
   *
   * @throws CatalogueException if the directory holds something that is not a Dossier catalogue, or
   *     a catalogue written by a newer Dossier
   */
  static Catalogue open(Path directory) {
    return CatalogueDatabase.openEmbedded(directory);
  }

  /**
   * Connects to a catalogue on a server database (PostgreSQL 15 or later), creating or migrating
   * its schema. {@code dataSource} should pool connections; the catalogue does not close it.
   *
   * @throws CatalogueException as {@link #open(Path)}
   */
  static Catalogue connect(DataSource dataSource) {
    return CatalogueDatabase.connect(dataSource);
  }

  /**
   * Catalogues one language version, in one transaction: the document (found by symbol, or matched
   * by what it shares with the other language versions when no symbol is printed), the version or a
   * new revision of it, its body, session and agenda items, its family link and its citations.
   * Putting the same file again for the same language changes nothing.
   *
   * @param record the structured record of the version; its language is required
   * @param cleanText the version's clean text
   * @param original the original file, already kept in the {@link FileStore}
   * @throws CatalogueException naming the record's source if it cannot be catalogued
   */
  PutResult put(DocumentRecord record, String cleanText, OriginalFile original);

  /**
   * Catalogues several versions, in order, as {@link #put} would, but in one transaction: all of
   * them are kept or, when one fails, none. One commit for many versions makes bulk imports much
   * faster, since each commit waits for the disk; on a failure, putting the versions one by one
   * isolates the faulty one.
   *
   * @return one result per version, in order
   * @throws CatalogueException naming the first version that cannot be catalogued
   */
  List<PutResult> putAll(List<VersionInput> versions);

  /**
   * Gives a provisional document its symbol. If another document already answers to the symbol, the
   * provisional one is merged into it (its versions, agenda items and citations move; it is
   * removed); otherwise it is renamed. Families and citations follow, since they link by symbol.
   *
   * @param provisionalKey the document's provisional key ({@code provisional:…})
   * @param symbol the symbol to assign
   * @return the document now holding the versions
   * @throws CatalogueException if the key is unknown, the document already has a symbol, or both
   *     documents have a version in the same language
   */
  CataloguedDocument assignSymbol(String provisionalKey, String symbol);

  /**
   * Merges two documents a registrar knows to be one: the versions, agenda items and citations of
   * one move to the other, whose identifiers the removed one's become. The document with a symbol
   * is kept; when neither has one, {@code first} is.
   *
   * @param first a symbol (any spelling) or key
   * @param second another symbol or key
   * @return the merged document
   * @throws CatalogueException if either is unknown, they are the same document, both have a
   *     symbol, or both have a version in the same language
   */
  CataloguedDocument merge(String first, String second);

  /**
   * Moves a document's version in {@code language}, with its revisions and citations, into a new
   * provisional document flagged for a registrar; what the document knows (body, session, dates…)
   * is learnt again from the versions it keeps. Undoes a wrong match or merge.
   *
   * @return the new provisional document
   * @throws CatalogueException if the document is unknown, has no version in {@code language}, or
   *     has no other version
   */
  CataloguedDocument split(String symbolOrKey, Language language);

  /**
   * Documents that may be the same as {@code documentId} though the matcher could not decide:
   * sharing a date or job number with one of its versions, contradicting none, and lacking its
   * languages. What a registrar looks at first before assigning a symbol or merging.
   */
  List<CataloguedDocument> possibleMatches(long documentId);

  /** The document answering to {@code symbolOrKey}: any of its symbols, in any spelling, or key. */
  Optional<CataloguedDocument> find(String symbolOrKey);

  /** The document with this identifier. */
  Optional<CataloguedDocument> document(long id);

  /** The current (highest) revision of each language version of the document. */
  List<CataloguedVersion> currentVersions(long documentId);

  /** Every revision of the document's version in {@code language}, oldest first. */
  List<CataloguedVersion> revisions(long documentId, Language language);

  /**
   * A revision, of any document and language, whose original file has this SHA-256, if one was
   * catalogued. Finds out from an index whether a file was already imported, without reading the
   * revisions of every document.
   */
  Optional<CataloguedVersion> versionWithOriginal(String sha256);

  /** The document this one adds to, corrects, revises, amends or reissues, if catalogued. */
  Optional<CataloguedDocument> familyBase(long documentId);

  /** The catalogued addenda, corrigenda, revisions, amendments and reissues of this document. */
  List<CataloguedDocument> familyMembers(long documentId);

  /** What the document cites, resolved where the cited document is catalogued. */
  List<CitationEdge> cites(long documentId);

  /** The citations of this document (under any of its symbols) by catalogued documents. */
  List<CitationEdge> citedBy(long documentId);

  /**
   * One page of documents, in a stable order: by id, the order they were first catalogued in. Pass
   * the last id of a page as {@code afterId} to read the next one (0 for the first); documents
   * catalogued meanwhile come at the end, so none is skipped or repeated.
   *
   * @param filter which documents to list
   * @param afterId only documents with a greater id
   * @param limit the page size, at least 1
   */
  List<CataloguedDocument> documents(DocumentFilter filter, long afterId, int limit);

  /** Every body, by name. */
  List<CataloguedBody> bodies();

  /** The sessions of a body, by number. */
  List<CataloguedSession> sessions(long bodyId);

  /** The agenda items of a session, by number. */
  List<CataloguedAgendaItem> agendaItems(long sessionId);

  /** The documents issued under an agenda item, by key. */
  List<CataloguedDocument> documentsUnder(long agendaItemId);

  /** The documents of a session, by key. */
  List<CataloguedDocument> documentsOfSession(long sessionId);

  /**
   * The catalogue as a reader with this visibility sees it; every read goes through it. The reads
   * of this interface itself see everything: they serve the administrator of the data directory
   * (the local command line) and the index, which applies its own filter.
   */
  CatalogueReader readerFor(Visibility visibility);

  /** The circulation workflow: submissions, registration, translation, issue, publication. */
  Workflow workflow();

  /** The accounts and API tokens. */
  Accounts accounts();

  /** The web's signed-in sessions (schema V5), kept across restarts. */
  SessionStore sessions();

  /** The login throttle's failed sign-ins (schema V5), kept across restarts. */
  LoginFailures loginFailures();

  /** How much the catalogue holds. */
  Counts counts();

  /** The number of the last committed change, 0 when nothing was ever put. */
  long lastChange();

  /** Up to {@code limit} changes numbered above {@code seq}, in order. */
  List<Change> changesSince(long seq, int limit);

  /**
   * The kept sentence alignment of a document's {@code source} and {@code target} versions, if one
   * was kept; whether it is still valid is for the caller to check against the current versions.
   */
  Optional<StoredAlignment> alignment(long documentId, Language source, Language target);

  /**
   * Keeps a sentence alignment, replacing the one kept for the same document and languages. Derived
   * data: not logged as a change.
   */
  void keepAlignment(StoredAlignment alignment);

  /** The schema version applied to the database, such as {@code "1"}. */
  String schemaVersion();

  /** Closes the catalogue's own connections. */
  @Override
  void close();
}
