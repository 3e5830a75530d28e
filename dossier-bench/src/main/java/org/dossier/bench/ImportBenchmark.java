package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.Change;
import org.dossier.corpus.Format;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportStages;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.Installation;
import org.dossier.search.lucene.LuceneSearchIndex;

/**
 * Macro benchmark of {@code dossier import}: language versions per second for a generated corpus
 * (parse, store, catalogue, index), against raw Lucene indexing of the same clean texts with the
 * same analyzers in the same run (the floor any import pays for its index), with the wall-clock and
 * CPU time of each stage of the import.
 *
 * <p>A warm-up round (another corpus of the same size, other seed, its own installation and raw
 * index) runs first and is not reported, so that both sides are measured with compiled code rather
 * than the JIT compiler's start-up, which a short import would otherwise mostly measure.
 *
 * <p>Usage: {@code ImportBenchmark [--docs 200] [--seed 43] [--formats mixed|txt] [--work DIR]
 * [--warmup true|false]}: {@code mixed} rotates over plain text, Markdown, HTML and Word; {@code
 * txt} is plain text only.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = 200;
    long seed = DemoCorpus.SEED;
    Path work = Files.createTempDirectory("dossier-import-bench");
    String formats = "mixed";
    boolean warmup = true;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        case "--formats" -> formats = args[i + 1];
        case "--warmup" -> warmup = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    List<Format> written =
        switch (formats) {
          case "mixed" -> List.of(Format.TXT, Format.MARKDOWN, Format.HTML, Format.DOCX);
          case "txt" -> List.of(Format.TXT);
          default ->
              throw new IllegalArgumentException(
                  "--formats: expected mixed or txt, got " + formats);
        };
    // The report is this program's product; System.out is kept for the CLI by the build's rules.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    if (warmup) {
      round(
          work.resolve("warmup"),
          docs,
          seed + 1,
          written,
          new PrintStream(OutputStream.nullOutputStream(), false, UTF_8));
    }
    round(work.resolve("measured"), docs, seed, written, out);
  }

  private static void round(Path work, int docs, long seed, List<Format> formats, PrintStream out)
      throws IOException {
    Path corpus = work.resolve("corpus");
    int files = DemoCorpus.write(corpus, docs, seed, formats);
    out.printf(
        Locale.ROOT, "corpus: %d documents, %d files (%s) in %s%n", docs, files, formats, corpus);
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    out.printf(Locale.ROOT, "load average before: %.2f%n", system.getSystemLoadAverage());
    long cpuBefore = processCpuNanos();

    ImportSummary summary;
    long importCpu;
    List<String> texts = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    long reindexNanos;
    long reindexCpu;
    try (Installation installation = Installation.open(work.resolve("data"))) {
      summary = installation.importFiles(List.of(corpus), ImportListener.SILENT);
      importCpu = processCpuNanos() - cpuBefore;
      collectTexts(installation.catalogue(), texts, fields);
      long reindexStart = System.nanoTime();
      long reindexCpuStart = processCpuNanos();
      installation.reindex();
      reindexNanos = System.nanoTime() - reindexStart;
      reindexCpu = processCpuNanos() - reindexCpuStart;
    }
    double importSeconds = summary.elapsed().toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "dossier import: %d versions (%d failed files) in %.2f s = %.1f versions/s%n",
        summary.versions(),
        summary.failed(),
        importSeconds,
        summary.versions() / importSeconds);
    out.printf(
        Locale.ROOT,
        "process CPU during the import: %.2f s; load average after: %.2f%n",
        importCpu / 1e9,
        system.getSystemLoadAverage());
    printStages(out, summary.stages(), importSeconds);
    // The index alone, from the catalogue, with Dossier's own fields: what an import costs beyond.
    out.printf(
        Locale.ROOT,
        "dossier reindex of the same catalogue: %.2f s = %.1f versions/s, process CPU %.2f s%n",
        reindexNanos / 1e9,
        summary.versions() / (reindexNanos / 1e9),
        reindexCpu / 1e9);

    long start = System.nanoTime();
    long rawCpuStart = processCpuNanos();
    try (FSDirectory directory = FSDirectory.open(work.resolve("raw-lucene"));
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(LuceneSearchIndex.analyzer()))) {
      for (int i = 0; i < texts.size(); i++) {
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        document.add(new TextField(fields.get(i), texts.get(i), Field.Store.YES));
        writer.addDocument(document);
      }
      writer.commit();
    }
    double rawSeconds = (System.nanoTime() - start) / 1e9;
    double rawCpuSeconds = (processCpuNanos() - rawCpuStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "raw Lucene indexing of the same %d texts: %.2f s = %.1f versions/s, process CPU %.2f s%n",
        texts.size(),
        rawSeconds,
        texts.size() / rawSeconds,
        rawCpuSeconds);
    out.printf(
        Locale.ROOT,
        "import / raw Lucene: wall time %.1f×, process CPU %.1f×; throughput ratio %.3f%n",
        importSeconds / rawSeconds,
        importCpu / 1e9 / rawCpuSeconds,
        rawSeconds / importSeconds);
    out.printf(
        Locale.ROOT,
        "import / dossier reindex: throughput ratio %.3f%n",
        reindexNanos / 1e9 / importSeconds);
  }

  /** The CPU time this process has used so far, all threads together. */
  private static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("this platform does not report CPU time"))
        .toNanos();
  }

  /** One line per stage: wall and CPU time summed over threads, and the share of the import. */
  private static void printStages(PrintStream out, ImportStages stages, double importSeconds) {
    out.printf(Locale.ROOT, "%-14s %9s %9s %11s%n", "stage", "wall s", "CPU s", "wall/import");
    for (ImportStages.Stage stage : ImportStages.Stage.values()) {
      double wall = stages.wall(stage).toNanos() / 1e9;
      out.printf(
          Locale.ROOT,
          "%-14s %9.2f %9.2f %10.0f%%%n",
          stage.name().toLowerCase(Locale.ROOT),
          wall,
          stages.cpu(stage).toNanos() / 1e9,
          100 * wall / importSeconds);
    }
  }

  /** The clean text of every current version, with the field its language is indexed in. */
  private static void collectTexts(Catalogue catalogue, List<String> texts, List<String> fields)
      throws IOException {
    List<Long> ids = new ArrayList<>();
    long seq = 0;
    for (List<Change> changes = catalogue.changesSince(seq, 1000);
        !changes.isEmpty();
        changes = catalogue.changesSince(seq, 1000)) {
      try (Stream<Change> stream = changes.stream()) {
        stream.map(Change::documentId).filter(id -> !ids.contains(id)).forEach(ids::add);
      }
      seq = changes.getLast().seq();
    }
    for (long id : ids) {
      for (CataloguedVersion version : catalogue.currentVersions(id)) {
        texts.add(version.text());
        fields.add(LuceneSearchIndex.textField(version.language()));
      }
    }
  }
}
