package org.dossier.installation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.FileStore;

/**
 * A consistent copy of a live installation, in an order that needs no global pause:
 *
 * <ol>
 *   <li>the files of the index's last commit point, while writes are held (only the next commit may
 *       delete them), which takes as long as copying the index;
 *   <li>the catalogue through SQLite's {@code VACUUM INTO}, an online snapshot at least as new as
 *       the index copy, while searches and imports go on;
 *   <li>the file store, which only ever grows and receives a file before the catalogue refers to
 *       it, so it holds every file the catalogue snapshot names.
 * </ol>
 *
 * The marker is written last: a backup interrupted half-way is not mistaken for an installation.
 */
final class Backup {
  private final Installation installation;
  private final Lock writes;
  private long bytes;

  Backup(Installation installation, Lock writes) {
    this.installation = installation;
    this.writes = writes;
  }

  BackupSummary run(Path target) {
    Instant start = Instant.now();
    requireNewOrEmpty(target);
    Path source = installation.directory();
    try {
      long indexChange;
      writes.lock();
      try {
        indexChange =
            copyLastCommit(source.resolve(Installation.INDEX), target.resolve(Installation.INDEX));
      } finally {
        writes.unlock();
      }
      long catalogueChange = copyCatalogue(target.resolve(Installation.CATALOGUE));
      long files = copyFileStore(target.resolve(Installation.FILES));
      Marker.write(target, Marker.LAYOUT, Installation.dossierVersion());
      return new BackupSummary(
          target,
          catalogueChange,
          indexChange,
          files,
          bytes,
          Duration.between(start, Instant.now()));
    } catch (IOException | SQLException e) {
      throw new InstallationException(
          "Cannot back up " + source + " to " + target + ": " + Reasons.of(e), e);
    }
  }

  private static void requireNewOrEmpty(Path target) {
    if (Files.exists(target)) {
      try (Stream<Path> entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new InstallationException(
              "The backup directory " + target + " is not empty; give a new or empty directory");
        }
      } catch (IOException e) {
        throw new InstallationException(
            "Cannot read the backup directory " + target + ": " + Reasons.of(e), e);
      }
    }
  }

  /** Copies the files of the index's last commit; returns the catalogue change it holds. */
  private long copyLastCommit(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Directory directory = FSDirectory.open(from)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      for (String file : commit.files(true)) {
        copy(from.resolve(file), to.resolve(file));
      }
      return installation.index().lastAppliedChange();
    }
  }

  /** An online snapshot of the catalogue database; returns its last change. */
  private long copyCatalogue(Path to) throws IOException, SQLException {
    Files.createDirectories(to);
    Path database =
        installation.directory().resolve(Installation.CATALOGUE).resolve(Catalogue.DATABASE_FILE);
    Path copy = to.resolve(Catalogue.DATABASE_FILE);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, copy.toString());
      vacuum.execute();
    }
    bytes += Files.size(copy);
    try (Catalogue copied = Catalogue.open(to)) {
      return copied.lastChange();
    }
  }

  /** Copies every stored file through the store's API, so each copy is verified by its hash. */
  private long copyFileStore(Path to) {
    FileStore from = installation.fileStore();
    FileStore copy = FileStore.open(to);
    long files = 0;
    try (Stream<String> hashes = from.hashes()) {
      for (String sha256 : (Iterable<String>) hashes::iterator) {
        bytes += copy.put(from.read(sha256)).size();
        files++;
      }
    }
    return files;
  }

  private void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    bytes += Files.size(to);
  }
}
