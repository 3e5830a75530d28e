package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.catalogue.Fixtures.put;
import static org.dossier.catalogue.Fixtures.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.dossier.catalogue.PutResult.Outcome;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/** The change log a derived index replays, and reads running during writes. */
class ChangeLogTest extends CatalogueFixture {
  @Test
  void everyChangingPutIsLoggedInOrderAndNothingElseIs() {
    Random random = new Random(20_260_123L);
    Set<Long> documents = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      Language language = Language.values()[random.nextInt(Language.values().length)];
      String symbol =
          "A/HRC/43/" + (1 + random.nextInt(40)) + (random.nextInt(4) == 0 ? "/Add.1" : "");
      String content = symbol + " " + language + " v" + random.nextInt(3);
      long before = catalogue.lastChange();

      PutResult result = put(catalogue, report(symbol).language(language).build(), content);

      List<Change> logged = catalogue.changesSince(before, 1_000);
      if (result.outcome() == Outcome.UNCHANGED) {
        assertThat(logged).isEmpty();
      } else {
        assertThat(logged.getFirst().documentId()).isEqualTo(result.documentId());
        assertThat(logged).extracting(Change::kind).containsOnly(Change.Kind.UPDATED);
      }
      documents.add(result.documentId());
    }

    List<Change> all = catalogue.changesSince(0, 100_000);
    assertThat(all)
        .extracting(Change::seq)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, catalogue.lastChange()).boxed().toList());
    assertThat(all).extracting(Change::documentId).containsAll(documents);
    assertThat(pagesOf(7)).isEqualTo(all);
  }

  private List<Change> pagesOf(int size) {
    List<Change> read = new ArrayList<>();
    for (List<Change> page = catalogue.changesSince(0, size);
        !page.isEmpty();
        page = catalogue.changesSince(page.getLast().seq(), size)) {
      read.addAll(page);
    }
    return read;
  }

  @Test
  void readersSeeWholeWritesWhileAWriterRuns() throws InterruptedException {
    int writes = 200;
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Thread writer =
        Thread.ofPlatform()
            .name("writer")
            .start(() -> {
              try {
                for (int i = 1; i <= writes; i++) {
                  put(catalogue, report("A/HRC/43/" + i).build());
                }
              } catch (Throwable e) {
                failures.add(e);
              } finally {
                writing.set(false);
              }
            });
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      readers.add(
          Thread.ofPlatform()
              .name("reader-" + r)
              .start(() -> {
                try {
                  long seen = 0;
                  while (writing.get()) {
                    Counts counts = catalogue.counts();
                    // Each write adds one document with one version and one change: a reader
                    // sees all three or none.
                    assertThat(counts.revisions()).isEqualTo(counts.documents());
                    assertThat(counts.lastChange()).isEqualTo(counts.documents());
                    assertThat(counts.documents()).isGreaterThanOrEqualTo(seen);
                    seen = counts.documents();
                    if (seen > 0) {
                      assertThat(catalogue.find("A/HRC/43/" + seen)).isPresent();
                    }
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              }));
    }
    writer.join();
    for (Thread reader : readers) {
      reader.join();
    }

    assertThat(failures).isEmpty();
    assertThat(catalogue.counts().documents()).isEqualTo(writes);
  }
}
