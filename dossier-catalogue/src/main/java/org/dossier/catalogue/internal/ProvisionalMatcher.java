package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * Finds the catalogued document a language version without a symbol belongs to, from what language
 * versions of one document share: body, session number, agenda items, the date in the title, the
 * submitting country and the document type. Titles, senders and addressees are printed in each
 * version's language, so they cannot be compared across versions and are not used.
 *
 * <p>A candidate must have no version in the incoming language yet, must not contradict the
 * incoming version on any fact both know, and must agree with it on at least {@value
 * #REQUIRED_AGREEMENTS} facts. Only a single such candidate is a match: two different documents
 * must never be merged, so an ambiguous version stays apart, for a registrar to settle.
 */
final class ProvisionalMatcher {
  static final int REQUIRED_AGREEMENTS = 4;

  /** The facts a version shares with the other language versions of its document. */
  record Evidence(
      String body,
      Integer session,
      Set<Integer> agendaItems,
      LocalDate titleDate,
      String country,
      DocType docType,
      Set<String> citedSymbols) {

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
          items,
          record.titleDate(),
          record.country() == null ? null : record.country().toUpperCase(Locale.ROOT),
          record.docType(),
          cited);
    }

    /**
     * How many facts known to both agree, or -1 if one differs. Cited symbols are the same in every
     * language but many documents cite nothing, so they can only contradict, never count.
     */
    int agreements(Evidence other) {
      if (!citedSymbols.isEmpty()
          && !other.citedSymbols.isEmpty()
          && !citedSymbols.equals(other.citedSymbols)) {
        return -1;
      }
      Object[][] facts = {
        {body, other.body},
        {session, other.session},
        {nullIfEmpty(agendaItems), nullIfEmpty(other.agendaItems)},
        {titleDate, other.titleDate},
        {country, other.country},
        {docType, other.docType}
      };
      int agreed = 0;
      for (Object[] fact : facts) {
        if (fact[0] == null || fact[1] == null) {
          continue;
        }
        if (!fact[0].equals(fact[1])) {
          return -1;
        }
        agreed++;
      }
      return agreed;
    }

    private static Set<Integer> nullIfEmpty(Set<Integer> items) {
      return items.isEmpty() ? null : items;
    }
  }

  private ProvisionalMatcher() {}

  /**
   * The ids of every document the version may belong to: none, one (a match) or several (an
   * ambiguous version). With {@code provisionalOnly}, only documents without a symbol qualify.
   */
  static List<Long> candidates(
      Connection connection, DocumentRecord record, Language language, boolean provisionalOnly)
      throws SQLException {
    Evidence incoming = Evidence.of(record);
    if (incoming.titleDate() == null) {
      return List.of();
    }
    List<Long> matches = new ArrayList<>();
    for (long id :
        Jdbc.list(
            connection,
            "SELECT d.id FROM documents d WHERE d.title_date = ?"
                + (provisionalOnly ? " AND d.symbol IS NULL" : "")
                + " AND NOT EXISTS (SELECT 1 FROM language_versions v"
                + " WHERE v.document_id = d.id AND v.language = ?)"
                + " ORDER BY d.id",
            row -> row.getLong(1),
            incoming.titleDate(),
            language)) {
      if (incoming.agreements(evidenceOf(connection, id)) >= REQUIRED_AGREEMENTS) {
        matches.add(id);
      }
    }
    return matches;
  }

  private static Evidence evidenceOf(Connection connection, long id) throws SQLException {
    Set<Integer> items =
        new TreeSet<>(
            Jdbc.list(
                connection,
                "SELECT a.number FROM document_agenda_items da"
                    + " JOIN agenda_items a ON a.id = da.agenda_item_id WHERE da.document_id = ?",
                row -> row.getInt(1),
                id));
    Set<String> cited =
        new TreeSet<>(
            Jdbc.list(
                connection,
                "SELECT DISTINCT cited_symbol FROM citations WHERE document_id = ?",
                row -> row.getString(1),
                id));
    return Jdbc.first(
            connection,
            "SELECT b.name, s.number, d.title_date, d.country, d.doc_type FROM documents d"
                + " LEFT JOIN bodies b ON b.id = d.body_id"
                + " LEFT JOIN sessions s ON s.id = d.session_id WHERE d.id = ?",
            row ->
                new Evidence(
                    row.getString(1),
                    Jdbc.integer(row, "number"),
                    items,
                    Jdbc.date(row, "title_date"),
                    row.getString("country"),
                    row.getString("doc_type") == null
                        ? null
                        : DocType.fromId(row.getString("doc_type")).orElse(null),
                    cited),
            id)
        .orElseThrow();
  }
}
