package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.model.Language;
import org.dossier.search.Hit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;

/**
 * Verifies an installation: every revision's original file is in the store with the right hash, the
 * index holds exactly the catalogue's documents under the same symbols, and it has applied every
 * catalogue change. Store files no revision refers to are noted, not counted as problems: an import
 * killed between storing a file and cataloguing it leaves one, harmlessly.
 */
final class Checker {
  private static final int MAX_PROBLEMS_LISTED = 1000;

  private final Installation installation;
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int unlisted;

  Checker(Installation installation) {
    this.installation = installation;
  }

  CheckReport run() {
    Catalogue catalogue = installation.catalogue();
    Map<String, String> catalogued = new HashMap<>();
    Set<String> referenced = new HashSet<>();
    for (long id : installation.sync().documentIds()) {
      Optional<CataloguedDocument> found = catalogue.document(id);
      if (found.isEmpty()) {
        problem("the change log names document " + id + " but the catalogue has no such document");
        continue;
      }
      CataloguedDocument document = found.get();
      catalogued.put(IndexSync.indexId(id), document.symbol());
      for (Language language : document.languages()) {
        for (CataloguedVersion version : catalogue.revisions(id, language)) {
          String sha256 = version.original().sha256();
          if (referenced.add(sha256) && !installation.fileStore().verify(sha256)) {
            problem(
                document.key()
                    + " ("
                    + language.code()
                    + ", revision "
                    + version.revision()
                    + "): its original file "
                    + sha256
                    + " is missing from the file store or does not match its hash");
          }
        }
      }
    }
    long unreferenced;
    try (Stream<String> hashes = installation.fileStore().hashes()) {
      unreferenced = hashes.filter(hash -> !referenced.contains(hash)).count();
    }
    if (unreferenced > 0) {
      notes.add(
          unreferenced
              + " file(s) in the file store belong to no catalogued version (left by an"
              + " interrupted or failed import; harmless)");
    }
    Map<String, String> indexed = indexedDocuments(installation.index());
    compare(catalogued, indexed);
    long behind = catalogue.lastChange() - installation.index().lastAppliedChange();
    if (behind != 0) {
      problem(
          "the index has applied catalogue change "
              + installation.index().lastAppliedChange()
              + " but the catalogue is at "
              + catalogue.lastChange());
    }
    if (unlisted > 0) {
      problems.add("… and " + unlisted + " more problem(s) of the same kinds");
    }
    return new CheckReport(catalogued.size(), referenced.size(), indexed.size(), problems, notes);
  }

  private void compare(Map<String, String> catalogued, Map<String, String> indexed) {
    for (Map.Entry<String, String> entry : catalogued.entrySet()) {
      String id = entry.getKey();
      String name = entry.getValue() == null ? "document " + id : entry.getValue();
      if (!indexed.containsKey(id)) {
        problem(name + " is in the catalogue but not in the index");
      } else if (!Objects.equals(indexed.get(id), entry.getValue())) {
        problem(
            "document "
                + id
                + " is "
                + entry.getValue()
                + " in the catalogue but "
                + indexed.get(id)
                + " in the index");
      }
    }
    for (Map.Entry<String, String> entry : indexed.entrySet()) {
      if (!catalogued.containsKey(entry.getKey())) {
        problem(
            "document "
                + entry.getKey()
                + " ("
                + entry.getValue()
                + ") is in the index but not in the catalogue");
      }
    }
  }

  /** Every document of the index by id, with its symbol, paging through a match-all search. */
  static Map<String, String> indexedDocuments(SearchIndex index) {
    Map<String, String> documents = new HashMap<>();
    SearchRequest request =
        SearchRequest.builder(new Query.MatchAll())
            .pageSize(SearchRequest.MAX_PAGE_SIZE)
            .snippets(false)
            .build();
    try {
      while (true) {
        SearchResult page = index.search(request);
        for (Hit hit : page.hits()) {
          documents.put(hit.documentId(), hit.symbol());
        }
        if (page.nextCursor().isEmpty() || page.hits().isEmpty()) {
          return documents;
        }
        request = request.after(page.nextCursor().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index: " + e.getMessage(), e);
    }
  }

  private void problem(String line) {
    if (problems.size() < MAX_PROBLEMS_LISTED) {
      problems.add(line);
    } else {
      unlisted++;
    }
  }
}
