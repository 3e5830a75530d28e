package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;

/**
 * Finds the catalogued document a language version belongs to when its symbol does not decide: from
 * the facts language versions of one document share, compared with every current version of each
 * candidate. Titles, senders, addressees and text are printed in each version's language (the
 * numbers in the text too: a session is "43" in one language and words in another), so they are not
 * compared.
 *
 * <p>The facts: body, session, agenda items, document type, title date, masthead date, country,
 * original language, distribution, annex count and cited symbols. A candidate has no version in the
 * incoming language and contradicts none of its versions on a fact both know. Then either:
 *
 * <ul>
 *   <li>it is <em>identified</em>: one of its versions has the incoming job number without its
 *       language letter ({@code GE.20-06123(E)} and {@code GE.20-06123(F)}). Where the language
 *       versions carry numbers of their own (New York: {@code 11-37476 (E)}, {@code 11-37474 (A)},
 *       un-conventions §1.4) numbers never repeat, so equal numbers mean one document;
 *   <li>or it is <em>corroborated</em>: it agrees on the body, the document type and a date (title
 *       or masthead), and on at least {@value #REQUIRED_AGREEMENTS} facts in all.
 * </ul>
 *
 * <p>Only a single identified candidate, or failing any, a single corroborated one, is a match: two
 * documents must never be merged, so a version that fits several stays apart for a registrar.
 */
final class ProvisionalMatcher {
  static final int REQUIRED_AGREEMENTS = 5;

  /**
   * How far apart the job numbers of one document's language versions may be. They are registered
   * for processing together, so their numbers are a few apart ({@code A/65/L.78}: {@code 11-37476
   * (E)}, {@code 11-37474 (A)}); two look-alike documents issued weeks apart are not.
   */
  static final int JOB_WINDOW = 10;

  /** A job number's duty station, year and number ({@code GE.20-06123}), before its language. */
  private static final Pattern JOB_NUMBER =
      Pattern.compile("^\\s*((?:[A-Z]{1,2}\\.)?\\d{2}-\\d{4,6})(?!\\d)", Pattern.CASE_INSENSITIVE);

  private ProvisionalMatcher() {}

  /**
   * The key of a job number: {@code GE.20-06123(E)}, {@code GE.20-06123 (F)} and {@code
   * ge.20-06123* (S) 160611} all give {@code GE.20-06123}; null for a missing or unreadable one.
   */
  static String jobKey(String jobNumber) {
    if (jobNumber == null) {
      return null;
    }
    Matcher matcher = JOB_NUMBER.matcher(jobNumber.replace("*", ""));
    return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
  }

  /** The facts a version shares with the other language versions of its document. */
  record Evidence(
      String body,
      Integer session,
      Set<Integer> agendaItems,
      DocType docType,
      LocalDate titleDate,
      LocalDate issueDate,
      String country,
      Language originalLanguage,
      Distribution distribution,
      int annexes,
      Set<String> citedSymbols,
      String jobKey) {

    static Evidence of(DocumentRecord record) {
      Set<Integer> items = new TreeSet<>();
      record.agendaItems().forEach(item -> items.add(item.number()));
      Set<String> cited = new TreeSet<>();
      for (DocumentRecord.Citation citation : record.citations()) {
        Optional.ofNullable(Symbols.normalise(citation.symbol())).ifPresent(cited::add);
      }
      return new Evidence(
          record.body(),
          record.session() == null ? null : record.session().number(),
          items.isEmpty() ? null : items,
          record.docType(),
          record.titleDate(),
          record.issueDate(),
          record.country() == null ? null : record.country().toUpperCase(Locale.ROOT),
          record.originalLanguage(),
          record.distribution(),
          record.annexes().size(),
          cited.isEmpty() ? null : cited,
          ProvisionalMatcher.jobKey(record.jobNumber()));
    }

    /** Facts compared pairwise; an unknown one (null) neither agrees nor contradicts. */
    private Object[] facts() {
      return new Object[] {
        body,
        session,
        agendaItems,
        docType,
        titleDate,
        issueDate,
        country,
        originalLanguage,
        distribution,
        annexes == 0 ? null : annexes,
        citedSymbols
      };
    }

    /** Whether a fact both versions know differs. */
    boolean contradicts(Evidence other) {
      if (jobNumbersApart(other)) {
        return true;
      }
      Object[] mine = facts();
      Object[] theirs = other.facts();
      for (int i = 0; i < mine.length; i++) {
        if (mine[i] != null && theirs[i] != null && !mine[i].equals(theirs[i])) {
          return true;
        }
      }
      return false;
    }

    /** Whether the facts {@code other} confirms are enough to call it the same document. */
    boolean corroboratedBy(Evidence other) {
      Object[] mine = facts();
      Object[] theirs = other.facts();
      int agreed = 0;
      for (int i = 0; i < mine.length; i++) {
        if (mine[i] != null && mine[i].equals(theirs[i])) {
          agreed++;
        }
      }
      boolean dated =
          (titleDate != null && titleDate.equals(other.titleDate))
              || (issueDate != null && issueDate.equals(other.issueDate));
      return agreed >= REQUIRED_AGREEMENTS
          && dated
          && body != null
          && body.equals(other.body)
          && docType != null
          && docType == other.docType;
    }

    /**
     * Whether both job numbers are known and could not have been registered together: another duty
     * station or year, or further apart than {@value #JOB_WINDOW}.
     */
    private boolean jobNumbersApart(Evidence other) {
      if (jobKey == null || other.jobKey == null) {
        return false;
      }
      int dash = jobKey.lastIndexOf('-');
      int otherDash = other.jobKey.lastIndexOf('-');
      if (!jobKey.substring(0, dash).equals(other.jobKey.substring(0, otherDash))) {
        return true;
      }
      int number = Integer.parseInt(jobKey.substring(dash + 1));
      int otherNumber = Integer.parseInt(other.jobKey.substring(otherDash + 1));
      return Math.abs(number - otherNumber) > JOB_WINDOW;
    }

    boolean sharesJobNumber(Evidence other) {
      return jobKey != null && jobKey.equals(other.jobKey);
    }
  }

  /**
   * The ids of the documents the version may belong to: none, one (a match) or several (an
   * ambiguous version, to be kept apart). With {@code provisionalOnly}, only documents without a
   * symbol qualify.
   */
  static List<Long> candidates(
      Connection connection, DocumentRecord record, Language language, boolean provisionalOnly)
      throws SQLException {
    Evidence incoming = Evidence.of(record);
    List<Long> identified = new ArrayList<>();
    List<Long> corroborated = new ArrayList<>();
    for (long id : lookUp(connection, incoming, language, provisionalOnly)) {
      List<Evidence> versions = versionEvidence(connection, id);
      if (versions.stream().anyMatch(incoming::contradicts)) {
        continue;
      }
      if (versions.stream().anyMatch(incoming::sharesJobNumber)) {
        identified.add(id);
      } else if (versions.stream().anyMatch(incoming::corroboratedBy)) {
        corroborated.add(id);
      }
    }
    return identified.isEmpty() ? corroborated : identified;
  }

  /**
   * Documents that may be {@code documentId} though no rule decided: sharing a job number or a date
   * with one of its versions, lacking all its languages and contradicting none of its versions.
   */
  static List<Long> possibleMatches(Connection connection, long documentId) throws SQLException {
    List<DocumentRecord> records = currentRecords(connection, documentId);
    List<Evidence> mine = records.stream().map(Evidence::of).toList();
    Set<Long> found = new TreeSet<>();
    for (DocumentRecord record : records) {
      found.addAll(lookUp(connection, Evidence.of(record), record.language(), false));
    }
    Set<Language> languages = Documents.languages(connection, documentId);
    List<Long> possible = new ArrayList<>();
    for (long id : found) {
      if (id == documentId
          || Documents.languages(connection, id).stream().anyMatch(languages::contains)) {
        continue;
      }
      List<Evidence> theirs = currentRecords(connection, id).stream().map(Evidence::of).toList();
      if (mine.stream().noneMatch(m -> theirs.stream().anyMatch(m::contradicts))) {
        possible.add(id);
      }
    }
    return possible;
  }

  /**
   * Documents sharing the job number, the title date or the masthead date, without a version in
   * {@code language}, and not contradicting the body, session or type their row records.
   */
  private static List<Long> lookUp(
      Connection connection, Evidence incoming, Language language, boolean provisionalOnly)
      throws SQLException {
    List<String> keyed = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (incoming.jobKey() != null) {
      keyed.add("SELECT document_id FROM language_versions WHERE job_key = ?");
      parameters.add(incoming.jobKey());
    }
    if (incoming.issueDate() != null) {
      keyed.add("SELECT document_id FROM language_versions WHERE issue_date = ?");
      parameters.add(incoming.issueDate());
    }
    if (incoming.titleDate() != null) {
      keyed.add("SELECT id FROM documents WHERE title_date = ?");
      parameters.add(incoming.titleDate());
    }
    if (keyed.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("SELECT d.id FROM documents d LEFT JOIN bodies b ON b.id = d.body_id")
            .append(" LEFT JOIN sessions s ON s.id = d.session_id WHERE d.id IN (")
            .append(String.join(" UNION ", keyed))
            .append(") AND NOT EXISTS (SELECT 1 FROM language_versions v")
            .append(" WHERE v.document_id = d.id AND v.language = ?)")
            // A mission's submission is not an imported publication: its versions come through
            // the workflow, never by matching.
            .append(" AND d.mission IS NULL");
    parameters.add(language);
    if (provisionalOnly) {
      sql.append(" AND d.symbol IS NULL");
    }
    if (incoming.body() != null) {
      sql.append(" AND (b.name IS NULL OR b.name = ?)");
      parameters.add(incoming.body());
    }
    if (incoming.session() != null) {
      sql.append(" AND (s.number IS NULL OR s.number = ?)");
      parameters.add(incoming.session());
    }
    if (incoming.docType() != null) {
      sql.append(" AND (d.doc_type IS NULL OR d.doc_type = ?)");
      parameters.add(incoming.docType());
    }
    sql.append(" ORDER BY d.id");
    return Jdbc.list(connection, sql.toString(), row -> row.getLong(1), parameters.toArray());
  }

  /** The evidence of each current version of a document. */
  private static List<Evidence> versionEvidence(Connection connection, long id)
      throws SQLException {
    return currentRecords(connection, id).stream().map(Evidence::of).toList();
  }

  /** The stored record of each current version of a document. */
  private static List<DocumentRecord> currentRecords(Connection connection, long id)
      throws SQLException {
    return Jdbc.list(
            connection,
            "SELECT v.record_json FROM language_versions v WHERE v.document_id = ?"
                + " AND v.revision = (SELECT MAX(w.revision) FROM language_versions w"
                + " WHERE w.document_id = v.document_id AND w.language = v.language)"
                + " ORDER BY v.language",
            row -> RecordJson.read(row.getString(1)),
            id)
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }
}
