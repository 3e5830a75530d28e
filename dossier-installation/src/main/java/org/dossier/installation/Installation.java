package org.dossier.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.access.AccessControl;
import org.dossier.access.LoginThrottle;
import org.dossier.access.PasswordHasher;
import org.dossier.access.Viewer;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.FileStore;
import org.dossier.search.AccessFilter;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;

/**
 * One Dossier data directory: the catalogue (the source of truth), the file store holding every
 * original file, and the search index derived from the catalogue, kept consistent.
 *
 * <p>The catalogue always commits first; the index records the last catalogue change it applied and
 * catches up when the installation is opened and during imports. So a process killed at any moment
 * loses nothing the catalogue committed, and the next open brings the index level with it.
 *
 * <pre>{@code
 * try (Installation data = Installation.open(Path.of("data"))) {
 *   ImportSummary summary = data.importFiles(List.of(Path.of("inbox")), ImportListener.SILENT);
 *   CheckReport check = data.check();
 * }
 * }</pre>
 *
 * <p>Layout: {@code dossier-installation.properties} (the marker), {@code catalogue/}, {@code
 * files/}, {@code index/} and {@code reports/}. One process at a time may open a directory.
 */
public final class Installation implements AutoCloseable {
  /** The environment variable naming the data directory when none is given. */
  public static final String DATA_VARIABLE = "DOSSIER_DATA";

  static final String CATALOGUE = "catalogue";
  static final String FILES = "files";
  static final String INDEX = "index";
  static final String REPORTS = "reports";
  private static final String INDEX_REBUILD = "index.rebuild";

  private final Path directory;
  private final Settings settings;
  private final Catalogue catalogue;
  private final FileStore fileStore;
  private final IndexSync sync;
  private final AccessControl accessControl;
  private final ReentrantLock writes = new ReentrantLock();
  private volatile LuceneSearchIndex index;

  private Installation(Path directory, Settings settings, Catalogue catalogue) {
    this.directory = directory;
    this.settings = settings;
    this.catalogue = catalogue;
    this.fileStore = FileStore.open(directory.resolve(FILES));
    this.sync = new IndexSync(catalogue);
    this.accessControl =
        new AccessControl(
            catalogue.accounts(),
            new PasswordHasher(),
            LoginThrottle.standard(catalogue.loginFailures()));
  }

  /** Opens (creating on first use) the installation in {@code directory} with default settings. */
  public static Installation open(Path directory) {
    return open(directory, Settings.defaults());
  }

  /**
   * Opens the installation in {@code directory}, creating it when the directory is missing or
   * empty, and brings the index level with the catalogue.
   *
   * @throws InstallationException if the directory is not a Dossier installation, was written by a
   *     newer Dossier, or is in use by another process
   */
  public static Installation open(Path directory, Settings settings) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(settings, "settings");
    Path absolute = directory.toAbsolutePath().normalize();
    Marker.claim(absolute);
    Catalogue catalogue;
    try {
      catalogue = Catalogue.open(absolute.resolve(CATALOGUE));
    } catch (CatalogueException e) {
      throw new InstallationException(e.getMessage(), e);
    }
    Installation installation = new Installation(absolute, settings, catalogue);
    try {
      installation.index = openIndex(absolute, absolute.resolve(INDEX));
      // The index's lock makes this process the only writer: what a crash left half done goes.
      deleteRecursively(absolute.resolve(INDEX_REBUILD));
      installation.fileStore.discardUnfinishedWrites();
      installation.catchUp();
      return installation;
    } catch (RuntimeException e) {
      installation.close();
      throw e;
    }
  }

  /** The data directory, absolute. */
  public Path directory() {
    return directory;
  }

  /** The settings it was opened with. */
  public Settings settings() {
    return settings;
  }

  /** The release of Dossier running this installation. */
  public static String dossierVersion() {
    return Marker.currentVersion();
  }

  /**
   * The installation as {@code viewer} may read it: what the web and every other reader go through
   * (see {@link Reader}). The other reads of this class ({@link #catalogue()}, {@link #index()},
   * {@link #similarSymbols}) see everything: they act as the administrator of the data directory,
   * which is what the local command line is (whoever can read the directory can read all of it).
   */
  public Reader readerFor(Viewer viewer) {
    return new Reader(this, viewer);
  }

  /** The circulation workflow, each step checked against what its viewer may do. */
  public Circulation circulation() {
    return new Circulation(this);
  }

  /** Accounts, logins and API tokens (one per installation: it holds the login throttle). */
  public AccessControl accessControl() {
    return accessControl;
  }

  /** The catalogue: the source of truth. Write to it through {@link #importFiles} only. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The store of original files. */
  public FileStore fileStore() {
    return fileStore;
  }

  /** The search index, level with the catalogue after every write through this installation. */
  public SearchIndex index() {
    return index;
  }

  /** Up to {@code limit} catalogued symbols close to {@code typed}, closest first. */
  public List<String> similarSymbols(String typed, int limit) {
    return SymbolSuggestions.near(index, AccessFilter.unrestricted(), typed, limit);
  }

  /** Where import reports are written. */
  public Path reportsDirectory() {
    return directory.resolve(REPORTS);
  }

  /**
   * Imports files, directories (recursively) and zip archives: each file that reads as a document
   * becomes a language version in the catalogue; the index follows in batches. A file that cannot
   * be imported is reported and the batch goes on.
   */
  public ImportSummary importFiles(List<Path> paths, ImportListener listener) {
    writes.lock();
    try {
      return new ImportRun(this, settings, listener).run(paths);
    } finally {
      writes.unlock();
    }
  }

  /** Sentence alignments of documents' language versions, computed once and kept. */
  public Alignments alignments() {
    return new Alignments(catalogue);
  }

  /** The registrar's desk: documents waiting for a symbol, and corrections of matching. */
  public Registrar registrar() {
    return new Registrar(this);
  }

  /** Runs a catalogue write other than an import, then brings the index level with it. */
  <T> T writeAndCatchUp(Supplier<T> write) {
    writes.lock();
    try {
      T result = write.get();
      catchUp();
      return result;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Applies the catalogue changes the index has not seen and commits the index; returns how many
   * changes there were.
   */
  long catchUp() {
    ImportStages untimed = new ImportStages();
    long applied = catchUp(untimed);
    commitIndex(untimed);
    return applied;
  }

  /**
   * Applies the catalogue changes the index has not seen, visibly to searches; they become durable
   * at the next {@link #commitIndex}. Returns how many there were.
   */
  long catchUp(ImportStages stages) {
    writes.lock();
    try {
      return applyChanges(stages);
    } finally {
      writes.unlock();
    }
  }

  /**
   * {@link #catchUp(ImportStages)} for a thread working for the holder of the write lock: an
   * import, which holds it for its whole run, catches up on a thread of its own.
   */
  long applyChanges(ImportStages stages) {
    try {
      return sync.catchUp(index, stages);
    } catch (UncheckedIOException e) {
      throw new InstallationException(
          e.getMessage() + " (the catalogue is intact; run 'dossier reindex')", e);
    }
  }

  /** Makes the index's updates durable. */
  void commitIndex(ImportStages stages) {
    writes.lock();
    try {
      makeIndexDurable(stages);
    } finally {
      writes.unlock();
    }
  }

  /** {@link #commitIndex} for a thread working for the holder of the write lock. */
  void makeIndexDurable(ImportStages stages) {
    ImportStages.Timer timer = stages.start();
    try {
      index.commit();
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot commit the search index: "
              + e.getMessage()
              + " (the catalogue is intact; run 'dossier reindex')",
          e);
    } finally {
      timer.stop(ImportStages.Stage.INDEX_COMMIT);
    }
  }

  IndexSync sync() {
    return sync;
  }

  /**
   * Rebuilds the search index from the catalogue into a new directory, then swaps it in. A crash
   * during the rebuild leaves the old index in place; a crash during the swap leaves none, which
   * the next open rebuilds.
   *
   * @return the number of documents indexed
   */
  public long reindex() {
    writes.lock();
    try {
      Path rebuild = directory.resolve(INDEX_REBUILD);
      deleteRecursively(rebuild);
      try (LuceneSearchIndex fresh = openIndex(directory, rebuild)) {
        sync.catchUp(fresh, new ImportStages());
        fresh.commit();
      }
      index.close();
      Path live = directory.resolve(INDEX);
      deleteRecursively(live);
      Files.move(rebuild, live, StandardCopyOption.ATOMIC_MOVE);
      index = openIndex(directory, live);
      catchUp();
      return sync.documentIds().size();
    } catch (IOException | UncheckedIOException e) {
      throw new InstallationException(
          "Cannot rebuild the index of " + directory + ": " + Reasons.of(e), e);
    } finally {
      writes.unlock();
    }
  }

  /** Verifies catalogue, file store (by hash) and index against each other. */
  public CheckReport check() {
    writes.lock();
    try {
      return new Checker(this).run();
    } finally {
      writes.unlock();
    }
  }

  /**
   * Copies the installation into {@code target} (a new or empty directory) while it stays readable:
   * the index's last commit point, then an online copy of the catalogue, then the file store. The
   * copy is itself an installation whose index catches up when it is opened.
   */
  public BackupSummary backup(Path target) {
    return new Backup(this, writes).run(target.toAbsolutePath().normalize());
  }

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot close the index of " + directory + ": " + Reasons.of(e), e);
    } finally {
      catalogue.close();
    }
  }

  private static LuceneSearchIndex openIndex(Path installation, Path indexDirectory) {
    try {
      return LuceneSearchIndex.open(indexDirectory);
    } catch (LockObtainFailedException e) {
      throw new InstallationException(
          installation + " is in use by another Dossier process (its index is locked)", e);
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot open the index " + indexDirectory + ": " + Reasons.of(e), e);
    }
  }

  static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    } catch (IOException e) {
      throw new InstallationException("Cannot delete " + path + ": " + Reasons.of(e), e);
    }
  }
}
