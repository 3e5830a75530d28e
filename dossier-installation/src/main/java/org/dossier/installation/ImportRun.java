package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.FileStore;
import org.dossier.catalogue.FileStoreException;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.StoredFile;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.Format;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.UnreadableDocumentException;

/**
 * One import: files are read and parsed in parallel, a few ahead of the writer, and catalogued one
 * at a time in input order, each in its own catalogue transaction. The index catches up after every
 * batch of versions (or interval) and at the end. Files whose exact bytes are already catalogued
 * are not parsed again, which makes re-importing a corpus cheap.
 */
final class ImportRun {
  private static final DateTimeFormatter REPORT_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Installation installation;
  private final Settings settings;
  private final ImportListener listener;
  private final DocumentParser parser = DocumentParser.create();
  private final List<ImportedFile> reported = new ArrayList<>();
  private final Set<Long> documents = new HashSet<>();
  private final Map<ImportedFile.Status, Integer> counts = new HashMap<>();
  private int warnings;

  ImportRun(Installation installation, Settings settings, ImportListener listener) {
    this.installation = installation;
    this.settings = settings;
    this.listener = listener;
  }

  /** What the parsing stage hands to the writer. */
  private sealed interface Prepared {}

  private record AlreadyCatalogued(String source, String sha256, long documentId, Known known)
      implements Prepared {}

  private record Parsed(String source, String fileName, byte[] bytes, ParsedDocument document)
      implements Prepared {}

  private record Refused(ImportedFile failure) implements Prepared {}

  /** A version of a catalogued document, by the hash of its original file. */
  private record Known(long documentId, String key, Language language) {}

  ImportSummary run(List<Path> paths) {
    Instant start = Instant.now();
    try (Inputs listing = Inputs.list(paths, settings)) {
      listener.started(listing.inputs().size() + listing.refusals().size());
      for (Inputs.Refusal refusal : listing.refusals()) {
        done(ImportedFile.failed(refusal.source(), null, refusal.reason()));
      }
      Map<String, Known> known = cataloguedFiles();
      pipeline(listing.inputs(), known);
    }
    installation.catchUp();
    listener.indexed(installation.index().lastAppliedChange());
    Duration elapsed = Duration.between(start, Instant.now());
    Path report = writeReport(start);
    return new ImportSummary(
        reported.size(),
        documents.size(),
        count(ImportedFile.Status.NEW),
        count(ImportedFile.Status.UNCHANGED),
        count(ImportedFile.Status.UPDATED),
        warnings,
        count(ImportedFile.Status.FAILED),
        elapsed,
        report);
  }

  private int count(ImportedFile.Status status) {
    return counts.getOrDefault(status, 0);
  }

  private void pipeline(List<Inputs.Input> inputs, Map<String, Known> known) {
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
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      int sinceIndexed = 0;
      long lastIndexed = System.nanoTime();
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < threads * 2) {
          Inputs.Input input = inputs.get(next++);
          window.add(parsers.submit(() -> prepare(input, known)));
        }
        if (write(await(window.poll()), known)) {
          sinceIndexed++;
        }
        if (sinceIndexed >= settings.indexBatchVersions()
            || System.nanoTime() - lastIndexed >= settings.indexBatchInterval().toNanos()) {
          installation.catchUp();
          listener.indexed(installation.index().lastAppliedChange());
          sinceIndexed = 0;
          lastIndexed = System.nanoTime();
        }
      }
    } finally {
      parsers.shutdownNow();
    }
  }

  private static Prepared await(Future<Prepared> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallationException("The import was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new InstallationException("The import failed: " + cause, cause);
    }
  }

  /** Reads and parses one input; runs on a parser thread, so it touches no shared state. */
  private Prepared prepare(Inputs.Input input, Map<String, Known> known) {
    byte[] bytes;
    try {
      bytes = input.read();
    } catch (IOException e) {
      return new Refused(ImportedFile.failed(input.source(), null, "cannot be read: " + e));
    } catch (Inputs.RefusedInputException e) {
      return new Refused(ImportedFile.failed(input.source(), null, e.getMessage()));
    }
    String sha256 = FileStore.sha256(bytes);
    Known catalogued = known.get(sha256);
    if (catalogued != null) {
      return new AlreadyCatalogued(input.source(), sha256, catalogued.documentId(), catalogued);
    }
    try {
      return new Parsed(
          input.source(), input.fileName(), bytes, parser.parse(input.source(), bytes));
    } catch (UnreadableDocumentException e) {
      return new Refused(ImportedFile.failed(input.source(), sha256, reason(e, input.source())));
    } catch (RuntimeException e) {
      // A parser bug must not stop the batch; the report keeps what went wrong.
      return new Refused(ImportedFile.failed(input.source(), sha256, "the parser failed: " + e));
    }
  }

  /** Catalogues one prepared input; returns whether the catalogue changed. */
  private boolean write(Prepared prepared, Map<String, Known> known) {
    return switch (prepared) {
      case Refused refused -> {
        done(refused.failure());
        yield false;
      }
      case AlreadyCatalogued same -> {
        documents.add(same.documentId());
        done(
            new ImportedFile(
                same.source(),
                ImportedFile.Status.UNCHANGED,
                same.known().key(),
                same.known().language(),
                same.sha256(),
                List.of(),
                null));
        yield false;
      }
      case Parsed parsed -> catalogue(parsed, known);
    };
  }

  private boolean catalogue(Parsed parsed, Map<String, Known> known) {
    DocumentRecord record = parsed.document().record();
    String sha256 = FileStore.sha256(parsed.bytes());
    if (record.language() == null) {
      done(ImportedFile.failed(parsed.source(), sha256, "its language could not be recognised"));
      return false;
    }
    PutResult result;
    try {
      StoredFile stored = installation.fileStore().put(parsed.bytes());
      OriginalFile original =
          OriginalFile.of(stored, parsed.fileName(), mediaType(parsed.document().format()));
      result = installation.catalogue().put(record, parsed.document().cleanText(), original);
    } catch (CatalogueException | FileStoreException e) {
      done(ImportedFile.failed(parsed.source(), sha256, e.getMessage()));
      return false;
    }
    known.put(sha256, new Known(result.documentId(), result.key(), record.language()));
    documents.add(result.documentId());
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
    done(
        new ImportedFile(
            parsed.source(), status, result.key(), record.language(), sha256, warningLines, null));
    return status != ImportedFile.Status.UNCHANGED;
  }

  private void done(ImportedFile file) {
    reported.add(file);
    counts.merge(file.status(), 1, Integer::sum);
    listener.fileDone(file);
  }

  /** Every original file the catalogue holds, any revision, by hash. */
  private Map<String, Known> cataloguedFiles() {
    Map<String, Known> known = new ConcurrentHashMap<>();
    Catalogue catalogue = installation.catalogue();
    for (long id : installation.sync().documentIds()) {
      catalogue
          .document(id)
          .ifPresent(document -> {
            for (Language language : document.languages()) {
              for (CataloguedVersion version : catalogue.revisions(id, language)) {
                known.put(version.original().sha256(), new Known(id, document.key(), language));
              }
            }
          });
    }
    return known;
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

  /** Writes {@code reports/import-<time>.tsv}: one line per failed file and per warning. */
  private Path writeReport(Instant start) {
    Path directory = installation.reportsDirectory();
    Path report = directory.resolve("import-" + REPORT_STAMP.format(start) + ".tsv");
    StringBuilder text = new StringBuilder("status\tsource\tdetail\n");
    for (ImportedFile file : reported) {
      if (file.status() == ImportedFile.Status.FAILED) {
        text.append(row("FAILED", file.source(), file.failure()));
      }
      for (String warning : file.warnings()) {
        text.append(row("WARNING", file.source(), warning));
      }
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the import report " + report + ": " + e, e);
    }
    return report;
  }

  private static String row(String status, String source, String detail) {
    return status + "\t" + tsv(source) + "\t" + tsv(detail) + "\n";
  }

  private static String tsv(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
