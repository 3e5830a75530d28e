package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.Installation;
import org.dossier.search.lucene.LuceneSearchIndex;

/**
 * Macro benchmark of {@code dossier import}: language versions per second for a generated corpus in
 * mixed formats (parse, store, catalogue, index), against raw Lucene indexing of the same clean
 * texts with the same analyzers in the same run (the floor any import pays for its index).
 *
 * <p>Usage: {@code ImportBenchmark [--docs 200] [--seed 43] [--work DIR]}.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = 200;
    long seed = DemoCorpus.SEED;
    Path work = Files.createTempDirectory("dossier-import-bench");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    // The report is this program's product; System.out is kept for the CLI by the build's rules.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    Path corpus = work.resolve("corpus");
    int files = DemoCorpus.write(corpus, docs, seed);
    out.printf(Locale.ROOT, "corpus: %d documents, %d files in %s%n", docs, files, corpus);

    ImportSummary summary;
    List<String> texts = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    try (Installation installation = Installation.open(work.resolve("data"))) {
      summary = installation.importFiles(List.of(corpus), ImportListener.SILENT);
      collectTexts(installation.catalogue(), texts, fields);
    }
    double importSeconds = summary.elapsed().toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "dossier import: %d versions (%d failed files) in %.2f s = %.1f versions/s%n",
        summary.versions(),
        summary.failed(),
        importSeconds,
        summary.versions() / importSeconds);

    long start = System.nanoTime();
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
    out.printf(
        Locale.ROOT,
        "raw Lucene indexing of the same %d texts: %.2f s = %.1f versions/s%n",
        texts.size(),
        rawSeconds,
        texts.size() / rawSeconds);
    out.printf(Locale.ROOT, "import / raw Lucene time: %.1f×%n", importSeconds / rawSeconds);
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
