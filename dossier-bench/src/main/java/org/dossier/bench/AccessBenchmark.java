package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.search.AccessFilter;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchRequest;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.query.QueryParser;

/**
 * Search throughput with the access policy's filter, for each kind of reader, as a ratio against
 * the unfiltered search of the same queries on the same index in the same run. Readers take turns
 * over several rounds, each round in another order, so a load change on the shared machine touches
 * them all alike; throughput is counted in the searching thread's CPU time as well as the wall
 * clock, and the report gives the load average before and after.
 *
 * <p>The index holds the synthetic documents of {@link SearchBenchmark} with a workflow mix: of
 * every 20, one Limited and one Restricted publication, one submission waiting and one in
 * translation (owned by one of five missions), the rest published General.
 *
 * <p>Usage: {@code AccessBenchmark <documents> <work directory> <report file>}.
 */
public final class AccessBenchmark {
  private static final long SEED = 20261207L;
  private static final int BATCH = 5_000;
  private static final int QUERIES = 400;
  private static final int ROUNDS = 5;
  private static final List<String> MISSIONS = List.of("FRA", "AZE", "DEU", "BRA", "CHN");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

  private AccessBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: AccessBenchmark <documents> <work directory> <report file>");
    }
    int documents = Integer.parseInt(args[0]);
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(work.resolve("access"))) {
      SyntheticDocuments generator = new SyntheticDocuments(SEED);
      for (int first = 0; first < documents; first += BATCH) {
        List<IndexedDocument> batch = new ArrayList<>();
        int number = first;
        for (IndexedDocument document :
            generator.batch(first, Math.min(BATCH, documents - first))) {
          batch.add(withWorkflow(document, number++));
        }
        index.apply(batch, List.of(), first + 1);
      }
      Files.writeString(Path.of(args[2]), measure(index, documents), StandardCharsets.UTF_8);
    }
  }

  /** The document with the state, distribution and owner of the mix. */
  private static IndexedDocument withWorkflow(IndexedDocument d, int n) {
    DocumentState state = DocumentState.PUBLISHED;
    Distribution distribution = Distribution.GENERAL;
    String mission = null;
    switch (n % 20) {
      case 0 -> distribution = Distribution.LIMITED;
      case 1 -> distribution = Distribution.RESTRICTED;
      case 2 -> {
        state = DocumentState.SUBMITTED;
        mission = MISSIONS.get(n / 20 % MISSIONS.size());
      }
      case 3 -> {
        state = DocumentState.IN_TRANSLATION;
        mission = MISSIONS.get(n / 20 % MISSIONS.size());
      }
      default -> {}
    }
    return new IndexedDocument(
        d.id(),
        d.symbol(),
        d.alternateSymbols(),
        d.provisional(),
        d.body(),
        d.organ(),
        d.sessionNumber(),
        d.sessionYear(),
        d.agendaItems(),
        d.docType(),
        d.country(),
        distribution,
        d.issueDate(),
        d.familySymbol(),
        d.citedSymbols(),
        d.versions(),
        state,
        mission);
  }

  private static String measure(LuceneSearchIndex index, int documents) throws Exception {
    Map<String, AccessFilter> readers = new LinkedHashMap<>();
    readers.put("unfiltered (baseline)", AccessFilter.unrestricted());
    readers.put("anonymous public", filter(Viewer.anonymous()));
    readers.put("delegate of FRA", filter(Viewer.delegate("d", "FRA")));
    readers.put("translator (fr)", filter(Viewer.translator("t", Set.of(Language.FR))));
    readers.put("registrar", filter(Viewer.registrar("r")));
    // The machine may be shared: the load average says how far the wall clock can be trusted.
    double loadBefore = SYSTEM.getSystemLoadAverage();
    StringBuilder report =
        new StringBuilder(
            "| Query | reader | queries/s (wall) | queries/s (CPU) | ratio to"
                + " unfiltered (CPU) | mean total |\n|---|---|---:|---:|---:|---:|\n");
    for (boolean facets : new boolean[] {false, true}) {
      List<String> words = new ArrayList<>();
      SyntheticDocuments vocabulary = new SyntheticDocuments(SEED + 1);
      for (int i = 0; i < QUERIES; i++) {
        words.add(vocabulary.text(Language.EN, 1));
      }
      Map<String, long[]> totals = new LinkedHashMap<>();
      readers.keySet().forEach(reader -> totals.put(reader, new long[3]));
      List<String> turns = new ArrayList<>(readers.keySet());
      Random order = new Random(SEED);
      for (int round = -1; round < ROUNDS; round++) {
        // Each round in another (seeded) order: in a fixed or merely rotated one each reader always
        // followed the same other, and the registrar, which runs the very path of the baseline,
        // measured 10-16 % faster than it in three runs out of three.
        Collections.shuffle(turns, order);
        for (String reader : turns) {
          long[] measured = run(index, words, readers.get(reader), facets);
          if (round >= 0) {
            // Round -1 warms every reader up before any is measured.
            long[] sum = totals.get(reader);
            for (int i = 0; i < 3; i++) {
              sum[i] += measured[i];
            }
          }
        }
      }
      double baseline = ROUNDS * QUERIES / (totals.get("unfiltered (baseline)")[1] / 1e9);
      for (Map.Entry<String, long[]> reader : totals.entrySet()) {
        long[] sum = reader.getValue();
        double wall = ROUNDS * QUERIES / (sum[0] / 1e9);
        double cpu = ROUNDS * QUERIES / (sum[1] / 1e9);
        report.append(
            String.format(
                Locale.ROOT,
                "| one English term, %s | %s | %,.0f | %,.0f | %.2f | %,d |%n",
                facets ? "snippets + 8 facets, exact total" : "snippets (CLI default)",
                reader.getKey(),
                wall,
                cpu,
                cpu / baseline,
                sum[2] / (ROUNDS * QUERIES)));
      }
    }
    return String.format(
            Locale.ROOT,
            "%,d documents, %d rounds of %d queries per reader and kind;"
                + " 1-minute load average %.2f before, %.2f after%n%n",
            documents,
            ROUNDS,
            QUERIES,
            loadBefore,
            SYSTEM.getSystemLoadAverage())
        + report;
  }

  private static AccessFilter filter(Viewer viewer) {
    return AccessFilter.of(AccessPolicy.visibility(viewer));
  }

  /** Wall nanoseconds, CPU nanoseconds and the sum of totals of one pass over the queries. */
  private static long[] run(
      LuceneSearchIndex index, List<String> words, AccessFilter access, boolean facets)
      throws Exception {
    QueryParser parser = QueryParser.withoutCountryNames();
    long totals = 0;
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    for (String word : words) {
      SearchRequest.Builder request = SearchRequest.builder(parser.parse(word)).access(access);
      if (facets) {
        request.countAllFacets().exactTotal(true);
      }
      totals += index.search(request.build()).totalHits();
    }
    return new long[] {
      System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart, totals
    };
  }
}
