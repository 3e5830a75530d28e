package org.dossier.installation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What an import reads: plain files, the files of directories (recursively, each directory in name
 * order, hidden ones skipped) and the entries of zip archives. Directories are walked as the import
 * goes, so memory holds the names of the directories being walked, never a list of every file: an
 * import of a million files needs no more memory than one of a thousand. Archive entries are read
 * straight from the archive, never extracted, and are bounded: an entry may not inflate beyond the
 * file limit, an archive beyond the archive limit (whatever sizes the archive declares), and entry
 * names that climb out of the archive are refused.
 */
final class Inputs implements AutoCloseable, Iterable<Inputs.Item> {

  /** What the walk finds, in order: a file to import or a path that is refused. */
  sealed interface Item permits Input, Refusal {}

  /** One file to import; its bytes are read on demand, possibly on another thread. */
  non-sealed interface Input extends Item {
    /** The file as named in reports. */
    String source();

    /** Its file name, without folders. */
    String fileName();

    /** Its bytes. */
    byte[] read() throws IOException, RefusedInputException;
  }

  /** A path or entry that is not imported, with the reason. */
  record Refusal(String source, String reason) implements Item {}

  /** An input that breaks a limit or cannot be read as what it claims to be. */
  static final class RefusedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedInputException(String reason) {
      super(reason);
    }
  }

  private final List<Path> paths;
  private final Settings settings;

  /** Archives opened by a walk, kept open (and shared by later walks) until {@link #close()}. */
  private final Map<Path, ZipFile> archives = new HashMap<>();

  private Inputs(List<Path> paths, Settings settings) {
    this.paths = List.copyOf(paths);
    this.settings = settings;
  }

  /** The inputs under {@code paths}, walked when iterated; close it to close the archives. */
  static Inputs of(List<Path> paths, Settings settings) {
    return new Inputs(paths, settings);
  }

  /** How many items a walk yields now: one walk that keeps nothing, for a progress total. */
  long count() {
    long count = 0;
    for (Iterator<Item> walk = iterator(); walk.hasNext(); walk.next()) {
      count++;
    }
    return count;
  }

  /** A new walk over the inputs, in order. */
  @Override
  public Iterator<Item> iterator() {
    return new Walk();
  }

  /**
   * A depth-first walk: a stack of the directories being listed, each listed in name order when
   * entered, and the items found but not yet handed out (an archive's entries, found together).
   */
  private final class Walk implements Iterator<Item> {
    private final Iterator<Path> roots = paths.iterator();
    private final Deque<Iterator<Path>> directories = new ArrayDeque<>();

    /** The real paths of the directories on the stack: a link back to one of them is a loop. */
    private final Deque<Path> entered = new ArrayDeque<>();

    private final Deque<Item> found = new ArrayDeque<>();

    @Override
    public boolean hasNext() {
      while (found.isEmpty()) {
        if (!directories.isEmpty()) {
          Iterator<Path> directory = directories.peek();
          if (directory.hasNext()) {
            Path child = directory.next();
            if (!child.getFileName().toString().startsWith(".")) {
              visit(child);
            }
          } else {
            directories.pop();
            entered.pop();
          }
        } else if (roots.hasNext()) {
          Path root = roots.next();
          if (Files.isDirectory(root) || Files.isRegularFile(root)) {
            visit(root);
          } else {
            found.add(new Refusal(root.toString(), "no such file or directory"));
          }
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more inputs");
      }
      return found.poll();
    }

    private void visit(Path path) {
      if (Files.isDirectory(path)) {
        enter(path);
      } else if (Files.isRegularFile(path)) {
        addFile(path, found);
      }
    }

    private void enter(Path directory) {
      try {
        Path real = directory.toRealPath();
        if (entered.contains(real)) {
          found.add(new Refusal(directory.toString(), "a link back to a folder above it"));
          return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
          listing.forEach(children::add);
        }
        children.sort(Comparator.comparing(child -> child.getFileName().toString()));
        directories.push(children.iterator());
        entered.push(real);
      } catch (IOException | DirectoryIteratorException e) {
        found.add(
            new Refusal(directory.toString(), "cannot list the directory: " + e.getMessage()));
      }
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

  private void addFile(Path file, Deque<Item> found) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      addArchive(file, found);
      return;
    }
    long limit = settings.maxFileBytes();
    found.add(
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

  private void addArchive(Path file, Deque<Item> found) {
    ZipFile archive = archives.get(file);
    if (archive == null) {
      try {
        archive = new ZipFile(file.toFile());
      } catch (ZipException e) {
        found.add(new Refusal(file.toString(), "not a readable zip archive: " + e.getMessage()));
        return;
      } catch (IOException e) {
        found.add(new Refusal(file.toString(), "cannot open the archive: " + e.getMessage()));
        return;
      }
      archives.put(file, archive);
    }
    ArchiveBudget budget = new ArchiveBudget(settings.maxArchiveBytes());
    int entries = 0;
    List<ZipEntry> files = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> all = archive.entries(); all.hasMoreElements(); ) {
      ZipEntry entry = all.nextElement();
      if (++entries > settings.maxArchiveEntries()) {
        found.add(
            new Refusal(
                file.toString(),
                "more than "
                    + settings.maxArchiveEntries()
                    + " entries; the rest of the archive is not read"));
        break;
      }
      String source = file + "!/" + entry.getName();
      if (escapes(entry.getName())) {
        // Before the hidden check: "../x" must be refused, not skipped as hidden.
        found.add(new Refusal(source, "entry name climbs out of the archive"));
      } else if (entry.isDirectory() || isHidden(Path.of(entry.getName()))) {
        continue;
      } else if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        found.add(new Refusal(source, "archives inside archives are not imported"));
      } else {
        files.add(entry);
      }
    }
    files.sort(Comparator.comparing(ZipEntry::getName));
    for (ZipEntry entry : files) {
      found.add(new ArchiveEntry(file, archive, entry, settings.maxFileBytes(), budget));
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
    for (ZipFile archive : archives.values()) {
      try {
        archive.close();
      } catch (IOException e) {
        // Read-only: nothing is lost when closing fails.
      }
    }
  }
}
