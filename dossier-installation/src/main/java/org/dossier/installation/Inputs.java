package org.dossier.installation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Lists what an import reads: plain files, the files of directories (recursively, in name order,
 * hidden ones skipped) and the entries of zip archives. Archive entries are read straight from the
 * archive, never extracted, and are bounded: an entry may not inflate beyond the file limit, an
 * archive beyond the archive limit (whatever sizes the archive declares), and entry names that
 * climb out of the archive are refused.
 */
final class Inputs implements AutoCloseable {

  /** One file to import; its bytes are read on demand, possibly on another thread. */
  interface Input {
    /** The file as named in reports. */
    String source();

    /** Its file name, without folders. */
    String fileName();

    /** Its bytes. */
    byte[] read() throws IOException, RefusedInputException;
  }

  /** A path or entry that is not imported, with the reason. */
  record Refusal(String source, String reason) {}

  /** An input that breaks a limit or cannot be read as what it claims to be. */
  static final class RefusedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedInputException(String reason) {
      super(reason);
    }
  }

  private final Settings settings;
  private final List<Input> inputs = new ArrayList<>();
  private final List<Refusal> refusals = new ArrayList<>();
  private final List<ZipFile> archives = new ArrayList<>();

  private Inputs(Settings settings) {
    this.settings = settings;
  }

  /** Lists the inputs under {@code paths}; close it to close the archives it opened. */
  static Inputs list(List<Path> paths, Settings settings) {
    Inputs listing = new Inputs(settings);
    for (Path path : paths) {
      listing.add(path);
    }
    return listing;
  }

  List<Input> inputs() {
    return inputs;
  }

  List<Refusal> refusals() {
    return refusals;
  }

  private void add(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
        files
            .filter(file -> !isHidden(path.relativize(file)) && Files.isRegularFile(file))
            .sorted()
            .forEach(this::addFile);
      } catch (IOException | UncheckedIOException e) {
        refusals.add(new Refusal(path.toString(), "cannot list the directory: " + e.getMessage()));
      }
    } else if (Files.isRegularFile(path)) {
      addFile(path);
    } else {
      refusals.add(new Refusal(path.toString(), "no such file or directory"));
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void addFile(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      addArchive(file);
      return;
    }
    long limit = settings.maxFileBytes();
    inputs.add(
        new Input() {
          @Override
          public String source() {
            return file.toString();
          }

          @Override
          public String fileName() {
            return file.getFileName().toString();
          }

          @Override
          public byte[] read() throws IOException, RefusedInputException {
            try {
              if (Files.size(file) > limit) {
                throw new RefusedInputException("larger than the limit of " + limit + " bytes");
              }
              return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
              throw new RefusedInputException("no such file (removed during the import?)");
            }
          }
        });
  }

  private void addArchive(Path file) {
    ZipFile archive;
    try {
      archive = new ZipFile(file.toFile());
    } catch (ZipException e) {
      refusals.add(new Refusal(file.toString(), "not a readable zip archive: " + e.getMessage()));
      return;
    } catch (IOException e) {
      refusals.add(new Refusal(file.toString(), "cannot open the archive: " + e.getMessage()));
      return;
    }
    archives.add(archive);
    ArchiveBudget budget = new ArchiveBudget(settings.maxArchiveBytes());
    int entries = 0;
    List<ZipEntry> files = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> all = archive.entries(); all.hasMoreElements(); ) {
      ZipEntry entry = all.nextElement();
      if (++entries > settings.maxArchiveEntries()) {
        refusals.add(
            new Refusal(
                file.toString(),
                "more than "
                    + settings.maxArchiveEntries()
                    + " entries; the rest of the archive is not read"));
        break;
      }
      String source = file + "!/" + entry.getName();
      if (entry.isDirectory() || isHidden(Path.of(entry.getName()))) {
        continue;
      }
      if (escapes(entry.getName())) {
        refusals.add(new Refusal(source, "entry name climbs out of the archive"));
      } else if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        refusals.add(new Refusal(source, "archives inside archives are not imported"));
      } else {
        files.add(entry);
      }
    }
    files.sort(Comparator.comparing(ZipEntry::getName));
    for (ZipEntry entry : files) {
      inputs.add(new ArchiveEntry(file, archive, entry, settings.maxFileBytes(), budget));
    }
  }

  /** Whether an entry name is absolute or walks above the archive's root. */
  static boolean escapes(String name) {
    String normal = name.replace('\\', '/');
    if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
      return true;
    }
    int depth = 0;
    for (String part : normal.split("/")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  /** The bytes an archive may still inflate to, shared by its entries. */
  private static final class ArchiveBudget {
    private long left;

    ArchiveBudget(long bytes) {
      this.left = bytes;
    }

    synchronized void spend(long bytes, String archive) throws RefusedInputException {
      left -= bytes;
      if (left < 0) {
        throw new RefusedInputException(
            "the archive " + archive + " inflates beyond the limit of its total size");
      }
    }
  }

  private record ArchiveEntry(
      Path file, ZipFile archive, ZipEntry entry, long limit, ArchiveBudget budget)
      implements Input {
    @Override
    public String source() {
      return file + "!/" + entry.getName();
    }

    @Override
    public String fileName() {
      String name = entry.getName();
      return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public byte[] read() throws IOException, RefusedInputException {
      // Read at most one byte past the limit: declared sizes in a zip can lie.
      byte[] bytes;
      try (InputStream in = archive.getInputStream(entry)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      if (bytes.length > limit) {
        throw new RefusedInputException(
            "inflates beyond the limit of " + limit + " bytes (zip bomb?)");
      }
      budget.spend(bytes.length, file.toString());
      return bytes;
    }
  }

  @Override
  public void close() {
    for (ZipFile archive : archives) {
      try {
        archive.close();
      } catch (IOException e) {
        // Read-only: nothing is lost when closing fails.
      }
    }
  }
}
