package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.FileStore;
import org.dossier.catalogue.FileStoreException;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.StoredFile;
import org.dossier.catalogue.VersionInput;
import org.dossier.model.DocumentRecord;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.Format;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.UnreadableDocumentException;

/**
 * One import: files are read, parsed and stored in the file store in parallel, up to a batch ahead
 * of the writer, and catalogued in input order in batches, each batch in one catalogue transaction.
 * A file is reported only once its batch has committed. The index catches up on its own thread,
 * visibly to searches, after every batch of versions (or interval), reading only what the catalogue
 * has committed, and commits on a larger budget and at the end: the catalogue's change log replays
 * what a crash took from the index. Files whose exact bytes are already catalogued are not parsed
 * again, which makes re-importing a corpus cheap.
 */
final class ImportRun {
  private static final DateTimeFormatter REPORT_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * A batch commits after this many parsed versions or this long after its first file, whichever
   * comes first: every commit waits for the disk, so few commits make imports fast, while the
   * interval bounds how long a parsed file waits before it is safe and reported.
   */
  private static final int COMMIT_BATCH_VERSIONS = 200;

  private static final Duration COMMIT_BATCH_INTERVAL = Duration.ofMillis(500);

  private final Installation installation;
  private final Settings settings;
  private final ImportListener listener;
  private final DocumentParser parser = DocumentParser.create();
  private final ImportStages stages = new ImportStages();

  /**
   * The originals stored by the parsers; their folders are synced before each catalogue commit, so
   * the catalogue never points at a file a crash could lose.
   */
  private final FileStore.Batch originals;

  // Nothing is kept per file or per document beyond these, so memory stays flat however many files
  // an import reads: outcomes are counted and failures and warnings go straight to the report.
  private final BitSet documents = new BitSet();
  private int files;
  private Path reportFile;
  private Writer report;
  private final Map<ImportedFile.Status, Integer> counts = new HashMap<>();
  private final List<Prepared> batch = new ArrayList<>();
  private int versionsInBatch;
  private long batchStarted;
  private int sinceIndexed;
  private long lastIndexed = System.nanoTime();
  private int warnings;

  /**
   * Brings the index level with the catalogue while the writer goes on cataloguing; one catch-up at
   * a time, in the order asked. The import holds the installation's write lock for its whole run,
   * so the indexer works on the index directly rather than through the installation's locked
   * methods.
   */
  private final ExecutorService indexer =
      Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "dossier-import-indexer");
        worker.setDaemon(true);
        return worker;
      });

  private Future<?> catchingUp = CompletableFuture.completedFuture(null);
  // Touched only by the indexer thread, one catch-up after the other.
  private int sinceCommitted;
  private long lastCommitted = System.nanoTime();

  ImportRun(Installation installation, Settings settings, ImportListener listener) {
    this.installation = installation;
    this.originals = installation.fileStore().batch();
    this.settings = settings;
    this.listener = listener;
  }

  /** What the parsing stage hands to the writer. */
  private sealed interface Prepared {}

  private record AlreadyCatalogued(ImportedFile file, long documentId) implements Prepared {}

  /** A parsed version whose original is already in the file store, ready to catalogue. */
  private record Parsed(String source, String sha256, VersionInput version) implements Prepared {}

  private record Refused(ImportedFile failure) implements Prepared {}

  ImportSummary run(List<Path> paths) {
    Instant start = Instant.now();
    Path reports = installation.reportsDirectory();
    reportFile = reports.resolve("import-" + REPORT_STAMP.format(start) + ".tsv");
    try {
      Files.createDirectories(reports);
      report = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
      try (Writer closing = report;
          Inputs inputs = Inputs.of(paths, settings)) {
        report.write("status\tsource\tdetail\n");
        listener.started(Math.toIntExact(inputs.count()));
        pipeline(inputs.iterator());
        awaitCatchingUp();
      } finally {
        indexer.shutdownNow();
      }
    } catch (IOException e) {
      throw reportFailure(e);
    }
    installation.catchUp(stages);
    installation.commitIndex(stages);
    listener.indexed(installation.index().lastAppliedChange());
    Duration elapsed = Duration.between(start, Instant.now());
    return new ImportSummary(
        files,
        documents.cardinality(),
        count(ImportedFile.Status.NEW),
        count(ImportedFile.Status.UNCHANGED),
        count(ImportedFile.Status.UPDATED),
        warnings,
        count(ImportedFile.Status.FAILED),
        elapsed,
        reportFile,
        stages);
  }

  private int count(ImportedFile.Status status) {
    return counts.getOrDefault(status, 0);
  }

  private void pipeline(Iterator<Inputs.Item> inputs) {
    int threads = settings.parseThreads();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService parsers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread worker = new Thread(task, "dossier-import-parser-" + thread.incrementAndGet());
              worker.setDaemon(true);
              return worker;
            });
    try {
      // Parsers run up to a batch ahead of the writer: they go on while it commits a batch (waiting
      // for the disk), and memory holds at most two batches of parsed files.
      int ahead = COMMIT_BATCH_VERSIONS + threads * 2;
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      while (inputs.hasNext() || !window.isEmpty()) {
        while (inputs.hasNext() && window.size() < ahead) {
          window.add(
              switch (inputs.next()) {
                case Inputs.Refusal refusal ->
                    CompletableFuture.completedFuture(
                        new Refused(ImportedFile.failed(refusal.source(), null, refusal.reason())));
                case Inputs.Input input -> parsers.submit(() -> prepare(input));
              });
        }
        Prepared prepared = awaitWithinBatchInterval(window.peek());
        if (prepared == null) {
          commitBatch();
          continue;
        }
        window.poll();
        if (batch.isEmpty()) {
          batchStarted = System.nanoTime();
        }
        batch.add(prepared);
        if (prepared instanceof Parsed) {
          versionsInBatch++;
        }
        if (versionsInBatch >= COMMIT_BATCH_VERSIONS || batchIntervalLeft() <= 0) {
          commitBatch();
        }
      }
      commitBatch();
    } finally {
      parsers.shutdownNow();
    }
  }

  private long batchIntervalLeft() {
    return COMMIT_BATCH_INTERVAL.toNanos() - (System.nanoTime() - batchStarted);
  }

  /** The next prepared file, or {@code null} if the pending batch is due before it is ready. */
  private Prepared awaitWithinBatchInterval(Future<Prepared> future) {
    ImportStages.Timer timer = stages.start();
    try {
      if (batch.isEmpty()) {
        return future.get();
      }
      return future.get(Math.max(0, batchIntervalLeft()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallationException("The import was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new InstallationException("The import failed: " + cause, cause);
    } finally {
      timer.stop(ImportStages.Stage.WRITER_WAIT);
    }
  }

  /**
   * Reads, parses and stores one input; runs on a parser thread, so it touches no shared state. The
   * original goes to the file store here, in parallel with other files, since each store waits for
   * the disk; an original whose version is never catalogued is harmless (see {@link Checker}).
   */
  private Prepared prepare(Inputs.Input input) {
    ImportStages.Timer timer = stages.start();
    byte[] bytes;
    try {
      bytes = input.read();
    } catch (IOException e) {
      return new Refused(
          ImportedFile.failed(input.source(), null, "cannot be read: " + Reasons.of(e)));
    } catch (Inputs.RefusedInputException e) {
      return new Refused(ImportedFile.failed(input.source(), null, e.getMessage()));
    }
    String sha256 = FileStore.sha256(bytes);
    Catalogue catalogue = installation.catalogue();
    Optional<CataloguedVersion> catalogued = catalogue.versionWithOriginal(sha256);
    timer = timer.stop(ImportStages.Stage.READ_AND_HASH);
    if (catalogued.isPresent()) {
      CataloguedVersion version = catalogued.get();
      String key =
          catalogue.document(version.documentId()).map(CataloguedDocument::key).orElseThrow();
      return new AlreadyCatalogued(
          new ImportedFile(
              input.source(),
              ImportedFile.Status.UNCHANGED,
              key,
              version.language(),
              sha256,
              List.of(),
              null),
          version.documentId());
    }
    ParsedDocument document;
    try {
      document = parser.parse(input.source(), bytes);
    } catch (UnreadableDocumentException e) {
      return new Refused(ImportedFile.failed(input.source(), sha256, reason(e, input.source())));
    } catch (RuntimeException e) {
      // A parser bug must not stop the batch; the report keeps what went wrong.
      return new Refused(
          ImportedFile.failed(input.source(), sha256, "the parser failed: " + Reasons.of(e)));
    } finally {
      timer = timer.stop(ImportStages.Stage.PARSE);
    }
    if (document.record().language() == null) {
      return new Refused(
          ImportedFile.failed(input.source(), sha256, "its language could not be recognised"));
    }
    try {
      StoredFile stored = originals.put(bytes);
      OriginalFile original =
          OriginalFile.of(stored, input.fileName(), mediaType(document.format()));
      return new Parsed(
          input.source(),
          sha256,
          new VersionInput(document.record(), document.cleanText(), original));
    } catch (FileStoreException e) {
      return new Refused(ImportedFile.failed(input.source(), sha256, e.getMessage()));
    } finally {
      timer.stop(ImportStages.Stage.FILE_STORE);
    }
  }

  /** Commits the pending batch, then reports its files in input order. */
  private void commitBatch() {
    List<Parsed> parsed = new ArrayList<>();
    for (Prepared prepared : batch) {
      if (prepared instanceof Parsed version) {
        parsed.add(version);
      }
    }
    Iterator<ImportedFile> committed = commit(parsed).iterator();
    for (Prepared prepared : batch) {
      switch (prepared) {
        case Refused refused -> done(refused.failure());
        case AlreadyCatalogued same -> {
          documents.set(Math.toIntExact(same.documentId()));
          done(same.file());
        }
        case Parsed version -> done(committed.next());
      }
    }
    batch.clear();
    versionsInBatch = 0;
    boolean due =
        sinceIndexed >= settings.indexBatchVersions()
            || System.nanoTime() - lastIndexed >= settings.indexBatchInterval().toNanos();
    if (due && catchingUp.isDone()) {
      awaitCatchingUp();
      int versions = sinceIndexed;
      sinceIndexed = 0;
      lastIndexed = System.nanoTime();
      catchingUp = indexer.submit(() -> catchUp(versions));
    }
  }

  /** Runs on the indexer thread: applies what the catalogue has committed, commits when due. */
  private void catchUp(int versions) {
    installation.applyChanges(stages);
    sinceCommitted += versions;
    if (sinceCommitted >= settings.indexCommitVersions()
        || System.nanoTime() - lastCommitted >= settings.indexCommitInterval().toNanos()) {
      installation.makeIndexDurable(stages);
      sinceCommitted = 0;
      lastCommitted = System.nanoTime();
    }
  }

  /** Waits for the catch-up in flight, rethrows its failure and reports how far the index is. */
  private void awaitCatchingUp() {
    try {
      catchingUp.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallationException("The import was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new InstallationException("The index could not catch up: " + e.getCause(), e);
    }
    listener.indexed(installation.index().lastAppliedChange());
  }

  /** Catalogues the batch's versions and tells, in order, what became of each file. */
  private List<ImportedFile> commit(List<Parsed> parsed) {
    ImportStages.Timer timer = stages.start();
    originals.sync();
    timer = timer.stop(ImportStages.Stage.FILE_STORE);
    List<Commit> commits =
        putIsolating(installation.catalogue(), parsed.stream().map(Parsed::version).toList());
    timer.stop(ImportStages.Stage.CATALOGUE);
    List<ImportedFile> files = new ArrayList<>(parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      Parsed version = parsed.get(i);
      Commit commit = commits.get(i);
      files.add(
          commit.failure() == null
              ? imported(version, commit.result())
              : ImportedFile.failed(
                  version.source(), version.sha256(), commit.failure().getMessage()));
    }
    return files;
  }

  /**
   * What became of one version put in a batch: its result, or why the catalogue refused it.
   *
   * @param result the catalogue's result, or {@code null} if refused
   * @param failure why it was refused, or {@code null}
   */
  record Commit(PutResult result, CatalogueException failure) {}

  /**
   * Puts the versions in one transaction. When that fails, one refused version must not sink the
   * others: they are put one by one, so only the refused ones fail.
   */
  static List<Commit> putIsolating(Catalogue catalogue, List<VersionInput> versions) {
    if (versions.isEmpty()) {
      return List.of();
    }
    try {
      return catalogue.putAll(versions).stream().map(result -> new Commit(result, null)).toList();
    } catch (CatalogueException e) {
      if (versions.size() == 1) {
        return List.of(new Commit(null, e));
      }
      List<Commit> commits = new ArrayList<>(versions.size());
      for (VersionInput version : versions) {
        commits.addAll(putIsolating(catalogue, List.of(version)));
      }
      return commits;
    }
  }

  private ImportedFile imported(Parsed parsed, PutResult result) {
    DocumentRecord record = parsed.version().record();
    documents.set(Math.toIntExact(result.documentId()));
    List<String> warningLines =
        record.warnings().stream()
            .map(w -> w.line() + ":" + w.column() + " " + w.code() + " " + w.message())
            .toList();
    warnings += warningLines.size();
    ImportedFile.Status status =
        switch (result.outcome()) {
          case CREATED_DOCUMENT, ADDED_VERSION -> ImportedFile.Status.NEW;
          case REVISED_VERSION -> ImportedFile.Status.UPDATED;
          case UNCHANGED -> ImportedFile.Status.UNCHANGED;
        };
    if (status != ImportedFile.Status.UNCHANGED) {
      sinceIndexed++;
    }
    return new ImportedFile(
        parsed.source(),
        status,
        result.key(),
        record.language(),
        parsed.sha256(),
        warningLines,
        null);
  }

  private void done(ImportedFile file) {
    files++;
    counts.merge(file.status(), 1, Integer::sum);
    try {
      if (file.status() == ImportedFile.Status.FAILED) {
        report.write(row("FAILED", file.source(), file.failure()));
      }
      for (String warning : file.warnings()) {
        report.write(row("WARNING", file.source(), warning));
      }
    } catch (IOException e) {
      throw reportFailure(e);
    }
    listener.fileDone(file);
  }

  private UncheckedIOException reportFailure(IOException e) {
    return new UncheckedIOException(
        "Cannot write the import report " + reportFile + ": " + Reasons.of(e), e);
  }

  private static String reason(UnreadableDocumentException e, String source) {
    String message = e.getMessage();
    String prefix = source + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  static String mediaType(Format format) {
    return switch (format) {
      case TEXT -> "text/plain";
      case MARKDOWN -> "text/markdown";
      case HTML -> "text/html";
      case WORD -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case PDF -> "application/pdf";
    };
  }

  private static String row(String status, String source, String detail) {
    return status + "\t" + tsv(source) + "\t" + tsv(detail) + "\n";
  }

  private static String tsv(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
