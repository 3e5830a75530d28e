package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dossier.search.Facet;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentIndexingTest {
  private static final int BATCHES = 30;
  private static final int BATCH_SIZE = 20;
  private static final int SEARCHERS = 3;

  @Test
  void searchesRunDuringIndexingAndOnlySeeWholeChanges(@TempDir Path directory) throws Exception {
    SearchRequest request =
        SearchRequest.builder(new Query.Word("ocean"))
            .filter(Facet.BODY, "GEN")
            .countFacets(Facet.BODY)
            .build();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> tornReads = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(directory)) {
      List<Future<Integer>> searches = new ArrayList<>();
      for (int s = 0; s < SEARCHERS; s++) {
        searches.add(
            pool.submit(() -> {
              int rounds = 0;
              long previous = 0;
              while (writing.get()) {
                try {
                  SearchResult result = index.search(request);
                  long total = result.totalHits();
                  long counted =
                      result.facets().get(Facet.BODY).stream()
                          .mapToLong(count -> count.count())
                          .sum();
                  if (total % BATCH_SIZE != 0 || total < previous || counted != total) {
                    tornReads.add(
                        "saw " + total + " hits, facets " + counted + ", after " + previous);
                  }
                  previous = total;
                  rounds++;
                } catch (Throwable t) {
                  failures.add(t);
                }
              }
              return rounds;
            }));
      }
      for (int batch = 1; batch <= BATCHES; batch++) {
        List<IndexedDocument> documents = new ArrayList<>();
        for (int i = 0; i < BATCH_SIZE; i++) {
          documents.add(
              Fixtures.generated(
                  String.format(Locale.ROOT, "b%02d-%02d", batch, i),
                  LocalDate.of(2020, 1, 1).plusDays(i),
                  1 + i % 3));
        }
        index.apply(documents, List.of(), batch);
      }
      writing.set(false);
      int rounds = 0;
      for (Future<Integer> search : searches) {
        rounds += search.get(1, TimeUnit.MINUTES);
      }
      assertThat(failures).isEmpty();
      assertThat(tornReads).isEmpty();
      assertThat(rounds).isPositive();
      assertThat(index.count(request)).isEqualTo((long) BATCHES * BATCH_SIZE);
      assertThat(index.lastAppliedChange()).isEqualTo(BATCHES);
    } finally {
      pool.shutdownNow();
    }
  }
}
