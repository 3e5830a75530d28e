package org.dossier.catalogue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A content-addressed store of original files: each file is kept once, byte for byte, under the
 * SHA-256 of its content, in folders sharded by the first two pairs of hexadecimal digits ({@code
 * ab/cd/abcd…}). Writes go to a temporary file that is flushed to disk and then atomically renamed,
 * so a file is either complete under its address or absent; storing the same bytes twice is a
 * no-op. Reads verify the content against its address.
 *
 * <p>A new file is durable once its content and its folder are synced. {@link #put(byte[])} syncs
 * it at once; a {@link Batch} writes its files to temporary files and, when asked, syncs them all
 * together, moves them to their addresses and syncs each folder they went to once: a disk serves
 * many syncs issued together almost at the cost of one, while a sync per file as it is written
 * makes every writer wait for the disk in turn.
 */
public final class FileStore {
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();
  private static final String TEMP_FOLDER = "tmp";

  private final Path root;
  private final Path temp;

  private FileStore(Path root) {
    this.root = root;
    this.temp = root.resolve(TEMP_FOLDER);
  }

  /** Opens the store in {@code directory}, creating it if needed. */
  public static FileStore open(Path directory) {
    try {
      Files.createDirectories(directory.resolve(TEMP_FOLDER));
    } catch (IOException e) {
      throw new FileStoreException("Cannot create the file store in " + directory + ": " + e, e);
    }
    return new FileStore(directory);
  }

  /** The folder holding the store. */
  public Path directory() {
    return root;
  }

  /** Stores {@code bytes} (once), durably, and returns their address. */
  public StoredFile put(byte[] bytes) {
    Batch batch = batch();
    StoredFile stored = batch.put(bytes);
    batch.sync();
    return stored;
  }

  /**
   * Stores everything {@code input} yields (once), durably, and returns its address; does not close
   * it.
   */
  public StoredFile put(InputStream input) {
    Batch batch = batch();
    StoredFile stored = batch.store("stream", input::transferTo);
    batch.sync();
    return stored;
  }

  /** Starts a batch of files to store, made durable together by {@link Batch#sync()}. */
  public Batch batch() {
    return new Batch();
  }

  /**
   * Files stored together: each is written to a temporary file, and {@link #sync()} makes all of
   * them durable under their addresses at once. Until then a file is not in the store, so sync
   * before recording anywhere that the file is stored. Safe for use by several threads at once.
   */
  public final class Batch {
    /** Written but not yet synced and moved to its address, by address. */
    private final Map<String, Path> pending = new ConcurrentHashMap<>();

    private Batch() {}

    /**
     * Stores {@code bytes} (once) and returns their address; in the store after {@link #sync()}.
     */
    public StoredFile put(byte[] bytes) {
      return store("byte array", out -> out.write(bytes));
    }

    /**
     * Makes every file this batch has written so far durable under its address: syncs their
     * contents together, moves them in place, then syncs each folder they went to, once.
     *
     * @throws FileStoreException if a file cannot be synced or moved; the files not yet moved are
     *     discarded, none is half in place
     */
    public void sync() {
      Map<String, Path> files = new HashMap<>();
      for (Iterator<Map.Entry<String, Path>> entries = pending.entrySet().iterator();
          entries.hasNext(); ) {
        Map.Entry<String, Path> entry = entries.next();
        files.put(entry.getKey(), entry.getValue());
        entries.remove();
      }
      if (files.isEmpty()) {
        return;
      }
      try {
        together(files.values(), FileStore::syncFile);
        Set<Path> folders = new HashSet<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
          moveInPlace(file.getValue(), pathOf(file.getKey()), folders);
        }
        together(folders, FileStore::syncDirectory);
      } catch (IOException e) {
        FileStoreException failure =
            new FileStoreException("Cannot make new files durable in " + root + ": " + e, e);
        files.values().forEach(file -> deleteAfterFailure(file, failure));
        throw failure;
      }
    }

    private StoredFile store(String what, Content content) {
      Path tempFile = null;
      try {
        tempFile = Files.createTempFile(temp, "put-", ".part");
        MessageDigest digest = newDigest();
        long size;
        try (OutputStream out =
            new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(tempFile)), digest)) {
          content.writeTo(out);
          out.flush();
          size = Files.size(tempFile);
        }
        String sha256 = HEX.formatHex(digest.digest());
        if (Files.isRegularFile(pathOf(sha256)) || pending.putIfAbsent(sha256, tempFile) != null) {
          Files.delete(tempFile);
        }
        return new StoredFile(sha256, size);
      } catch (IOException e) {
        FileStoreException failure =
            new FileStoreException("Cannot store a " + what + " in " + root + ": " + e, e);
        deleteAfterFailure(tempFile, failure);
        throw failure;
      } catch (RuntimeException e) {
        deleteAfterFailure(tempFile, e);
        throw e;
      }
    }
  }

  /** Runs {@code action} on every path at the same time, so the disk serves the syncs together. */
  private static void together(Collection<Path> paths, PathAction action) throws IOException {
    if (paths.size() == 1) {
      action.run(paths.iterator().next());
      return;
    }
    List<Future<?>> done = new ArrayList<>(paths.size());
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Path path : paths) {
        done.add(
            workers.submit(() -> {
              action.run(path);
              return null;
            }));
      }
    }
    for (Future<?> future : done) {
      try {
        future.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while syncing files", e);
      }
    }
  }

  private interface PathAction {
    void run(Path path) throws IOException;
  }

  /**
   * Deletes the temporary files of writes never synced: a batch's files when the process died
   * before its sync. Call it only as the store's sole writer, such as when opening an installation
   * whose lock is held: another writer's batch in progress would lose its files.
   *
   * @return how many were deleted
   */
  public int discardUnfinishedWrites() {
    int discarded = 0;
    try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(temp)) {
      for (Path file : unfinished) {
        Files.deleteIfExists(file);
        discarded++;
      }
    } catch (IOException | DirectoryIteratorException e) {
      throw new FileStoreException(
          "Cannot discard the unfinished writes in " + temp + ": " + e.getMessage(), e);
    }
    return discarded;
  }

  /** Whether a file with this address is stored. */
  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  /**
   * The bytes stored under {@code sha256}, verified against it.
   *
   * @throws FileStoreException if there is no such file or its bytes no longer match the address
   */
  public byte[] read(String sha256) {
    Path path = pathOf(sha256);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new FileStoreException("No file " + sha256 + " in the file store " + root, e);
    } catch (IOException e) {
      throw new FileStoreException("Cannot read " + path + ": " + e, e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new FileStoreException(
          "Stored file " + path + " is corrupt: its content hashes to " + actual);
    }
    return bytes;
  }

  /**
   * Whether the file under {@code sha256} is present and its content still matches its address; for
   * a full check, iterate {@link #hashes()}.
   */
  public boolean verify(String sha256) {
    Path path = pathOf(sha256);
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = newDigest();
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HEX.formatHex(digest.digest()).equals(sha256);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new FileStoreException("Cannot read " + path + ": " + e, e);
    }
  }

  /**
   * The addresses of every stored file, in no particular order; close the stream when done.
   * Temporary files of interrupted writes are not listed.
   */
  public Stream<String> hashes() {
    try {
      return Files.find(
              root,
              3,
              (path, attributes) ->
                  attributes.isRegularFile()
                      && HASH.matcher(path.getFileName().toString()).matches())
          .filter(path -> path.equals(pathOf(path.getFileName().toString())))
          .map(path -> path.getFileName().toString());
    } catch (IOException e) {
      throw new FileStoreException("Cannot list the file store " + root + ": " + e, e);
    }
  }

  /** Whether {@code text} is a well-formed address: 64 lower-case hexadecimal digits. */
  public static boolean isHash(String text) {
    return text != null && HASH.matcher(text).matches();
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hexadecimal digits. */
  public static String sha256(byte[] bytes) {
    return HEX.formatHex(newDigest().digest(bytes));
  }

  private Path pathOf(String sha256) {
    if (!isHash(sha256)) {
      throw new IllegalArgumentException(
          "file store address: expected 64 lower-case hexadecimal digits, got " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Moves a synced file to its address, adding to {@code unsynced} the folders whose new entries
   * are not yet synced.
   */
  private void moveInPlace(Path file, Path target, Set<Path> unsynced) throws IOException {
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      // New shard folders are entries of their parents, which need syncing too.
      Files.createDirectories(folder);
      unsynced.add(root);
      unsynced.add(folder.getParent());
    }
    moveAtomically(file, target);
    unsynced.add(folder);
  }

  private static void syncFile(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // Another writer stored the same content first: same address, same bytes.
      Files.delete(from);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + to + " cannot rename atomically", e);
    }
  }

  /** Makes the new directory entry durable; not every platform can open a directory for this. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open directories as channels; the rename itself is still atomic there.
    }
  }

  private static void deleteAfterFailure(Path path, Exception failure) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }
}
