package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
  private static final byte[] CONTENT = "Note verbale".getBytes(StandardCharsets.UTF_8);

  @TempDir Path directory;

  @Test
  void aFileIsStoredUnderItsSha256InShardedFolders() {
    FileStore store = FileStore.open(directory);

    StoredFile stored = store.put(CONTENT);

    assertThat(stored).isEqualTo(new StoredFile(FileStore.sha256(CONTENT), CONTENT.length));
    String sha = stored.sha256();
    assertThat(directory.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
        .hasBinaryContent(CONTENT);
    assertThat(store.read(sha)).isEqualTo(CONTENT);
  }

  @Test
  void aBatchFilledByConcurrentWritersStoresEveryFileUnderItsAddress() throws Exception {
    FileStore store = FileStore.open(directory);
    FileStore.Batch batch = store.batch();
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      contents.add(("original " + i).getBytes(StandardCharsets.UTF_8));
    }
    List<Future<StoredFile>> results = new ArrayList<>();
    try (ExecutorService writers = Executors.newFixedThreadPool(4, Thread.ofPlatform().factory())) {
      for (byte[] content : contents) {
        results.add(writers.submit(() -> batch.put(content)));
      }
    }
    batch.sync();

    for (int i = 0; i < contents.size(); i++) {
      StoredFile stored = results.get(i).get();
      assertThat(stored.sha256()).isEqualTo(FileStore.sha256(contents.get(i)));
      assertThat(store.read(stored.sha256())).isEqualTo(contents.get(i));
    }
    try (Stream<String> hashes = store.hashes()) {
      assertThat(hashes).hasSize(contents.size());
    }
  }

  @Test
  void aBatchsFilesEnterTheStoreOnlyWhenSynced() throws IOException {
    FileStore store = FileStore.open(directory);
    FileStore.Batch batch = store.batch();

    StoredFile stored = batch.put(CONTENT);

    assertThat(store.contains(stored.sha256())).isFalse();
    batch.sync();
    assertThat(store.contains(stored.sha256())).isTrue();
    assertThat(store.read(stored.sha256())).isEqualTo(CONTENT);
    try (Stream<Path> temporary = Files.list(directory.resolve("tmp"))) {
      assertThat(temporary).isEmpty();
    }
  }

  @Test
  void theSameBytesTwiceInABatchOrAfterItLeaveOneFileAndNoTemporaryOnes() throws IOException {
    FileStore store = FileStore.open(directory);
    FileStore.Batch batch = store.batch();
    batch.put(CONTENT);
    batch.put(CONTENT);
    batch.sync();
    FileStore.Batch later = store.batch();
    later.put(CONTENT);
    later.sync();

    try (Stream<String> hashes = store.hashes()) {
      assertThat(hashes).containsExactly(FileStore.sha256(CONTENT));
    }
    try (Stream<Path> temporary = Files.list(directory.resolve("tmp"))) {
      assertThat(temporary).isEmpty();
    }
  }

  @Test
  void writesNeverSyncedAreDiscardedAndNeverEnterTheStore() {
    FileStore.Batch interrupted = FileStore.open(directory).batch();
    StoredFile unsynced = interrupted.put(CONTENT);

    FileStore reopened = FileStore.open(directory);

    assertThat(reopened.discardUnfinishedWrites()).isEqualTo(1);
    assertThat(reopened.contains(unsynced.sha256())).isFalse();
    assertThat(reopened.discardUnfinishedWrites()).isZero();
  }

  @Test
  void theSha256IsTheStandardOne() {
    assertThat(FileStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void storingTheSameBytesTwiceKeepsOneFile() throws IOException {
    FileStore store = FileStore.open(directory);

    StoredFile first = store.put(CONTENT);
    StoredFile second = store.put(new ByteArrayInputStream(CONTENT));

    assertThat(second).isEqualTo(first);
    try (Stream<String> hashes = store.hashes()) {
      assertThat(hashes).containsExactly(first.sha256());
    }
    try (Stream<Path> temporary = Files.list(directory.resolve("tmp"))) {
      assertThat(temporary).as("no temporary file is left behind").isEmpty();
    }
  }

  @Test
  void writersStoringTheSameBytesAtOnceLeaveOneCompleteFile() throws Exception {
    FileStore store = FileStore.open(directory);
    byte[] large = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(large);
    List<Future<StoredFile>> results = new ArrayList<>();
    try (ExecutorService writers = Executors.newFixedThreadPool(4, Thread.ofPlatform().factory())) {
      for (int i = 0; i < 8; i++) {
        results.add(writers.submit(() -> store.put(new ByteArrayInputStream(large))));
      }
    }

    for (Future<StoredFile> result : results) {
      assertThat(result.get()).isEqualTo(new StoredFile(FileStore.sha256(large), large.length));
    }
    assertThat(store.verify(FileStore.sha256(large))).isTrue();
    try (Stream<Path> temporary = Files.list(directory.resolve("tmp"))) {
      assertThat(temporary).isEmpty();
    }
  }

  @Test
  void aCorruptedFileIsDetectedOnReadAndOnVerify() throws IOException {
    FileStore store = FileStore.open(directory);
    String sha = store.put(CONTENT).sha256();
    Path path = directory.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    Files.write(path, "tampered".getBytes(StandardCharsets.UTF_8));

    assertThat(store.verify(sha)).isFalse();
    assertThatThrownBy(() -> store.read(sha))
        .isInstanceOf(FileStoreException.class)
        .hasMessageStartingWith("Stored file " + path + " is corrupt");
  }

  @Test
  void aMissingFileIsReportedByAddress() {
    FileStore store = FileStore.open(directory);
    String absent = FileStore.sha256(new byte[] {42});

    assertThat(store.contains(absent)).isFalse();
    assertThat(store.verify(absent)).isFalse();
    assertThatThrownBy(() -> store.read(absent))
        .hasMessage("No file " + absent + " in the file store " + directory);
  }

  @Test
  void hashesListsEveryStoredFileAndIgnoresStrayFiles() throws IOException {
    FileStore store = FileStore.open(directory);
    String a = store.put("a".getBytes(StandardCharsets.UTF_8)).sha256();
    String b = store.put("b".getBytes(StandardCharsets.UTF_8)).sha256();
    Files.writeString(directory.resolve("tmp/put-1.part"), "half", StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("README"), "not a stored file", StandardCharsets.UTF_8);

    try (Stream<String> hashes = store.hashes()) {
      assertThat(hashes).containsExactlyInAnyOrder(a, b);
    }
  }

  @Test
  void aMalformedAddressIsRefused() {
    FileStore store = FileStore.open(directory);

    assertThatThrownBy(() -> store.read("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 64 lower-case hexadecimal digits");
  }
}
