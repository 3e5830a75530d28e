package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchRequest;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.query.QueryParser;

/**
 * Macro benchmark of the Lucene search index: indexing throughput against raw Lucene indexing the
 * same texts with the same analyzers in the same run, and query latency percentiles per kind of
 * query.
 *
 * <p>Usage: {@code SearchBenchmark <documents> <work directory> <report file>}. The report is
 * Markdown, ready for {@code docs/benchmarks.md}.
 */
public final class SearchBenchmark {
  private static final int BATCH = 5_000;
  private static final int WARM_UP_QUERIES = 300;
  private static final int MEASURED_QUERIES = 2_000;
  private static final long SEED = 20261123L;

  /**
   * Query latency is also measured as the searching thread's CPU time, which a machine shared with
   * other builds inflates far less than the wall clock.
   */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int documents;
  private final Path work;
  private final QueryParser parser = QueryParser.withoutCountryNames();
  private final Random random = new Random(SEED);

  private SearchBenchmark(int documents, Path work) {
    this.documents = documents;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length == 4 ? args[3] : "";
    if (args.length != 3 && !mode.equals("--scale") && !mode.equals("--queries-only")) {
      throw new IllegalArgumentException(
          "usage: SearchBenchmark <documents> <work directory> <report file>"
              + " [--scale | --queries-only]");
    }
    SearchBenchmark benchmark = new SearchBenchmark(Integer.parseInt(args[0]), Path.of(args[1]));
    Path report = Path.of(args[2]);
    if (mode.equals("--scale")) {
      benchmark.scale(report);
    } else if (mode.equals("--queries-only")) {
      // Queries again on the index a previous run left in <work directory>/ours.
      try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[1]).resolve("ours"))) {
        Files.writeString(
            report, benchmark.queries(index, benchmark.documents, 4), StandardCharsets.UTF_8);
      }
    } else {
      Files.writeString(report, benchmark.run(), StandardCharsets.UTF_8);
    }
  }

  private String run() throws Exception {
    Files.createDirectories(work);
    // A first pass of each warms the JIT; the second is measured.
    indexRaw(work.resolve("warm-raw"), Math.min(documents, 2 * BATCH));
    indexOurs(work.resolve("warm-ours"), Math.min(documents, 2 * BATCH)).close();
    double rawSeconds = indexRaw(work.resolve("raw"), documents);
    long start = System.nanoTime();
    try (LuceneSearchIndex index = indexOurs(work.resolve("ours"), documents)) {
      double oursSeconds = (System.nanoTime() - start) / 1e9;
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "| Indexing %,d documents (batches of %,d, commit each) | docs/s | bytes/doc |%n"
                  + "|---|---:|---:|%n"
                  + "| raw Lucene, same texts and analyzers | %,.0f | %,d |%n"
                  + "| Dossier LuceneSearchIndex | %,.0f | %,d |%n"
                  + "| **ratio** | **%.2f** | |%n%n",
              documents,
              BATCH,
              documents / rawSeconds,
              bytes(work.resolve("raw")) / documents,
              documents / oursSeconds,
              bytes(work.resolve("ours")) / documents,
              rawSeconds / oursSeconds));
      report.append(queries(index, documents, 1));
      return report.toString();
    }
  }

  /**
   * Grows one index to the documents in steps, measuring queries (fewer of them) at each step and
   * appending to the report as it goes, so a run cut short still reports the sizes it reached. No
   * raw baseline: the indexing ratio comes from {@link #run}.
   */
  private void scale(Path report) throws Exception {
    Files.createDirectories(work);
    indexOurs(work.resolve("warm-ours"), Math.min(documents, 2 * BATCH)).close();
    SyntheticDocuments generator = new SyntheticDocuments(SEED);
    Files.writeString(report, "", StandardCharsets.UTF_8);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(work.resolve("ours"))) {
      int indexed = 0;
      double seconds = 0;
      for (int step : List.of(100_000, 250_000, 500_000, 1_000_000, documents)) {
        if (step > documents || step <= indexed) {
          continue;
        }
        long start = System.nanoTime();
        while (indexed < step) {
          int count = Math.min(BATCH, step - indexed);
          index.apply(generator.batch(indexed, count), List.of(), indexed + 1);
          indexed += count;
        }
        seconds += (System.nanoTime() - start) / 1e9;
        String section =
            String.format(
                    Locale.ROOT,
                    "%n### %,d documents: indexed at %,.0f docs/s on average, %,d bytes/doc%n%n",
                    indexed,
                    indexed / seconds,
                    bytes(work.resolve("ours")) / indexed)
                + queries(index, indexed, 4);
        Files.writeString(report, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      }
    }
  }

  /** Latency of every kind of query with every kind of page, {@code fewer} times fewer queries. */
  private String queries(LuceneSearchIndex index, int indexed, int fewer) throws Exception {
    StringBuilder table =
        new StringBuilder(
            "| Query | what the page carries | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms |"
                + " queries/s | mean total |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n");
    // Every kind runs before any is measured: the first one measured ran half-compiled code and
    // its tail was the JIT's (symbol look-ups, measured first, showed twice their warm cost).
    for (Kind kind : Kind.values()) {
      for (Extras extras : Extras.values()) {
        warmUp(kind, extras, index, indexed, fewer);
      }
    }
    for (Kind kind : Kind.values()) {
      for (Extras extras : Extras.values()) {
        table.append(latency(kind, extras, index, indexed, fewer));
      }
    }
    return table.toString();
  }

  /** The kinds of query measured, each drawn at random from the synthetic vocabulary. */
  private enum Kind {
    SYMBOL("symbol look-up (typed in lower case)"),
    TERM("one English term"),
    PHRASE("two-word English phrase"),
    FACETED("French term + facet filters (body, type)"),
    FILTERED("term + country + date range in the query");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** What a page carries besides its 20 hits. */
  private enum Extras {
    NOTHING("hits only", 200, 1_000),
    SNIPPETS("hits + snippets (CLI default)", 200, 1_000),
    FACETS("hits + snippets + 8 facets, exact total", 30, 200);

    final String label;
    final int warmUp;
    final int measured;

    Extras(String label, int warmUp, int measured) {
      this.label = label;
      this.warmUp = warmUp;
      this.measured = measured;
    }
  }

  private SearchRequest request(Kind kind, Extras extras, SyntheticDocuments words, int indexed)
      throws Exception {
    SearchRequest.Builder request =
        switch (kind) {
          case SYMBOL ->
              SearchRequest.builder(
                  parser.parse(
                      SyntheticDocuments.symbol(random.nextInt(indexed)).toLowerCase(Locale.ROOT)));
          case TERM -> SearchRequest.builder(parser.parse(words.text(Language.EN, 1)));
          case PHRASE ->
              SearchRequest.builder(parser.parse("\"" + words.text(Language.EN, 2) + "\""));
          case FACETED ->
              SearchRequest.builder(parser.parse(words.text(Language.FR, 1)))
                  .filter(Facet.BODY, words.pick(SyntheticDocuments.BODIES))
                  .filter(Facet.TYPE, "report", "letter", "note-verbale");
          case FILTERED ->
              SearchRequest.builder(
                  parser.parse(
                      words.text(Language.EN, 1)
                          + " country:"
                          + words.pick(SyntheticDocuments.COUNTRIES)
                          + " date:2005..2010"));
        };
    request.snippets(extras != Extras.NOTHING);
    if (extras == Extras.FACETS) {
      request.countAllFacets().exactTotal(true);
    }
    return request.build();
  }

  private static long bytes(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      long total = 0;
      for (Path file : files.toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  private LuceneSearchIndex indexOurs(Path directory, int count) throws IOException {
    SyntheticDocuments generator = new SyntheticDocuments(SEED);
    LuceneSearchIndex index = LuceneSearchIndex.open(directory);
    for (int first = 0; first < count; first += BATCH) {
      List<IndexedDocument> batch = generator.batch(first, Math.min(BATCH, count - first));
      index.apply(batch, List.of(), first + 1);
    }
    return index;
  }

  /** The baseline: the same texts, analyzers and fields, without metadata, facets or snippets. */
  private static double indexRaw(Path directory, int count) throws IOException {
    SyntheticDocuments generator = new SyntheticDocuments(SEED);
    long start = System.nanoTime();
    try (FSDirectory store = FSDirectory.open(directory);
        IndexWriter writer =
            new IndexWriter(store, new IndexWriterConfig(LuceneSearchIndex.analyzer()))) {
      for (int first = 0; first < count; first += BATCH) {
        for (IndexedDocument source : generator.batch(first, Math.min(BATCH, count - first))) {
          Document doc = new Document();
          doc.add(new StringField("id", source.id(), Field.Store.YES));
          for (IndexedDocument.Version version : source.versions()) {
            Language language = version.language();
            doc.add(
                new TextField(
                    LuceneSearchIndex.titleField(language), version.title(), Field.Store.NO));
            doc.add(
                new TextField(
                    LuceneSearchIndex.textField(language), version.text(), Field.Store.NO));
          }
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private void warmUp(Kind kind, Extras extras, LuceneSearchIndex index, int indexed, int fewer)
      throws Exception {
    SyntheticDocuments words = new SyntheticDocuments(SEED + 2);
    for (int i = 0; i < extras.warmUp / fewer; i++) {
      index.search(request(kind, extras, words, indexed));
    }
  }

  private String latency(Kind kind, Extras extras, LuceneSearchIndex index, int indexed, int fewer)
      throws Exception {
    warmUp(kind, extras, index, indexed, fewer);
    SyntheticDocuments words = new SyntheticDocuments(SEED + 1);
    int measured = extras.measured / fewer;
    List<SearchRequest> batch = new ArrayList<>(measured);
    for (int i = 0; i < measured; i++) {
      batch.add(request(kind, extras, words, indexed));
    }
    long[] nanos = new long[measured];
    long[] cpuNanos = new long[measured];
    long hits = 0;
    long start = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      long before = System.nanoTime();
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      hits += index.search(batch.get(i)).totalHits();
      cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
      nanos[i] = System.nanoTime() - before;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.2f | %.2f | %.2f | %.2f | %,.0f | %,d |%n",
        kind.label,
        extras.label,
        nanos[measured / 2] / 1e6,
        nanos[measured * 99 / 100] / 1e6,
        cpuNanos[measured / 2] / 1e6,
        cpuNanos[measured * 99 / 100] / 1e6,
        measured / seconds,
        hits / measured);
  }
}
