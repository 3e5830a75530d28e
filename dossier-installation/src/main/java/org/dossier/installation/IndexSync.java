package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.Change;
import org.dossier.model.Body;
import org.dossier.model.DocumentRecord;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchIndex;

/**
 * Keeps the search index derived from the catalogue. The catalogue commits first and numbers every
 * change; the index remembers the last number it applied, so catching up means re-reading the
 * documents touched since then. Re-reading a document twice is harmless, which makes the whole
 * protocol safe against a crash at any moment.
 */
final class IndexSync {
  /** Changes read from the change log at a time; each batch is one index update. */
  static final int CHANGES_PER_BATCH = 500;

  private final Catalogue catalogue;

  IndexSync(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Applies every catalogue change the index has not applied yet, visibly to searches but durable
   * only once the index commits; returns how many.
   */
  long catchUp(SearchIndex index, ImportStages stages) {
    long applied = 0;
    try {
      while (true) {
        ImportStages.Timer timer = stages.start();
        List<Change> changes = catalogue.changesSince(index.lastAppliedChange(), CHANGES_PER_BATCH);
        if (changes.isEmpty()) {
          timer.stop(ImportStages.Stage.INDEX_READ);
          return applied;
        }
        Map<Long, Change.Kind> latest = new LinkedHashMap<>();
        changes.forEach(change -> latest.put(change.documentId(), change.kind()));
        List<IndexedDocument> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        latest.forEach((id, kind) -> {
          Optional<CataloguedDocument> document =
              kind == Change.Kind.UPDATED ? catalogue.document(id) : Optional.empty();
          document.ifPresentOrElse(
              found -> upserts.add(project(found)), () -> deletes.add(indexId(id)));
        });
        timer = timer.stop(ImportStages.Stage.INDEX_READ);
        index.update(upserts, deletes, changes.getLast().seq());
        timer.stop(ImportStages.Stage.INDEX_WRITE);
        applied += changes.size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the search index: " + e.getMessage(), e);
    }
  }

  /** The ids of every document in the catalogue, read from the change log, in id order. */
  TreeSet<Long> documentIds() {
    Map<Long, Change.Kind> latest = new LinkedHashMap<>();
    long seq = 0;
    for (List<Change> changes = catalogue.changesSince(seq, CHANGES_PER_BATCH);
        !changes.isEmpty();
        changes = catalogue.changesSince(seq, CHANGES_PER_BATCH)) {
      changes.forEach(change -> latest.put(change.documentId(), change.kind()));
      seq = changes.getLast().seq();
    }
    TreeSet<Long> ids = new TreeSet<>();
    latest.forEach((id, kind) -> {
      if (kind == Change.Kind.UPDATED) {
        ids.add(id);
      }
    });
    return ids;
  }

  static String indexId(long documentId) {
    return Long.toString(documentId);
  }

  /**
   * What the index holds of a catalogued document: its metadata, current versions and the symbols
   * they cite.
   */
  IndexedDocument project(CataloguedDocument document) {
    List<CataloguedVersion> versions = catalogue.currentVersions(document.id());
    IndexedDocument.Builder builder =
        IndexedDocument.builder(indexId(document.id()))
            .symbol(document.symbol())
            .provisional(document.provisional())
            .body(bodyCode(document.body()))
            .organ(document.organ())
            .session(document.sessionNumber(), null)
            .docType(document.docType())
            .country(document.country())
            .distribution(document.distribution())
            .issueDate(firstIssueDate(document, versions))
            .familySymbol(document.familyBase())
            .state(document.state())
            .mission(document.mission());
    document.symbols().stream()
        .skip(document.symbol() == null ? 0 : 1)
        .forEach(builder::alternateSymbol);
    TreeSet<Integer> agendaItems = new TreeSet<>();
    for (CataloguedVersion version : versions) {
      DocumentRecord record = version.record();
      if (record != null) {
        record.agendaItems().forEach(item -> agendaItems.add(item.number()));
        // A citation whose wording named no symbol unambiguously has none to look up.
        record.citations().stream()
            .map(DocumentRecord.Citation::symbol)
            .filter(symbol -> symbol != null && !symbol.isBlank())
            .forEach(builder::citedSymbol);
      }
      builder.version(
          version.language(),
          version.title(),
          version.text(),
          version.jobNumber(),
          version.issueDate());
    }
    agendaItems.forEach(builder::agendaItem);
    return builder.build();
  }

  /**
   * The code searches count and filter bodies by ({@code body:HRC}), since the catalogue keeps the
   * canonical English name. A name the model does not know is indexed as it is.
   */
  static String bodyCode(String name) {
    if (name == null) {
      return null;
    }
    return Body.fromName(name).map(Body::code).orElse(name);
  }

  /** The document's date: that of its original-language version, else the earliest printed. */
  private static LocalDate firstIssueDate(
      CataloguedDocument document, List<CataloguedVersion> versions) {
    return versions.stream()
        .filter(v -> v.issueDate() != null)
        .min(
            Comparator.comparing(
                    (CataloguedVersion v) -> v.language() != document.originalLanguage())
                .thenComparing(CataloguedVersion::issueDate))
        .map(CataloguedVersion::issueDate)
        .orElse(document.titleDate());
  }
}
