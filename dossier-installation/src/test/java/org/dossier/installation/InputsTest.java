package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path temp;

  private final Settings settings = Settings.defaults().withLimits(1_000, 2_500, 5);

  @Test
  void listsDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    write("b/2.txt", "two");
    write("a/1.txt", "one");
    write(".git/config", "hidden");
    write("a/.DS_Store", "hidden");
    try (Inputs inputs = Inputs.of(List.of(temp), settings)) {
      assertThat(inputsOf(inputs))
          .extracting(Inputs.Input::source)
          .containsExactly(temp.resolve("a/1.txt").toString(), temp.resolve("b/2.txt").toString());
      assertThat(refusalsOf(inputs)).isEmpty();
    }
  }

  @Test
  void countsWhatAWalkYieldsAndWalksAgainInTheSameOrder() throws IOException {
    write("b/2.txt", "two");
    write("a/z/3.txt", "three");
    write("a/1.txt", "one");
    Path zip = zip("c.zip", "4.txt", new byte[1], "../5.txt", new byte[1]);
    try (Inputs inputs = Inputs.of(List.of(temp), settings)) {
      List<String> first = sources(inputs);
      assertThat(first)
          .containsExactly(
              temp.resolve("a/1.txt").toString(),
              temp.resolve("a/z/3.txt").toString(),
              temp.resolve("b/2.txt").toString(),
              zip + "!/../5.txt",
              zip + "!/4.txt");
      assertThat(inputs.count()).isEqualTo(first.size());
      assertThat(sources(inputs)).isEqualTo(first);
    }
  }

  @Test
  void refusesALinkBackToAFolderAboveIt() throws IOException {
    write("a/1.txt", "one");
    Files.createSymbolicLink(temp.resolve("a/loop"), temp);
    try (Inputs inputs = Inputs.of(List.of(temp), settings)) {
      assertThat(inputsOf(inputs))
          .extracting(Inputs.Input::source)
          .containsExactly(temp.resolve("a/1.txt").toString());
      assertThat(refusalsOf(inputs))
          .containsExactly(
              new Inputs.Refusal(
                  temp.resolve("a/loop").toString(), "a link back to a folder above it"));
    }
  }

  @Test
  void reportsAPathThatDoesNotExist() {
    try (Inputs inputs = Inputs.of(List.of(temp.resolve("nowhere")), settings)) {
      assertThat(refusalsOf(inputs))
          .containsExactly(
              new Inputs.Refusal(temp.resolve("nowhere").toString(), "no such file or directory"));
    }
  }

  @Test
  void readsArchiveEntriesWithoutExtractingThem() throws Exception {
    Path zip = zip("batch.zip", "docs/en.txt", "hello".getBytes(StandardCharsets.UTF_8));
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      Inputs.Input entry = inputsOf(inputs).getFirst();
      assertThat(entry.source()).isEqualTo(zip + "!/docs/en.txt");
      assertThat(entry.fileName()).isEqualTo("en.txt");
      assertThat(new String(entry.read(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }
    assertThat(temp.resolve("docs")).doesNotExist();
  }

  @Test
  void refusesAnEntryInflatingBeyondTheFileLimit() throws Exception {
    Path zip = zip("bomb.zip", "zeros.txt", new byte[1_001]);
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      Inputs.Input bomb = inputsOf(inputs).getFirst();
      assertThatThrownBy(bomb::read)
          .isInstanceOf(Inputs.RefusedInputException.class)
          .hasMessage("inflates beyond the limit of 1000 bytes (zip bomb?)");
    }
  }

  @Test
  void refusesEntriesOnceTheArchiveInflatesBeyondItsLimit() throws Exception {
    Path zip =
        zip("many.zip", "1.txt", new byte[900], "2.txt", new byte[900], "3.txt", new byte[900]);
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      List<Inputs.Input> entries = inputsOf(inputs);
      entries.get(0).read();
      entries.get(1).read();
      assertThatThrownBy(() -> entries.get(2).read())
          .hasMessageContaining("inflates beyond the limit of its total size");
    }
  }

  @Test
  void refusesEntryNamesClimbingOutOfTheArchive() throws Exception {
    Path zip = zip("evil.zip", "../../etc/passwd", new byte[1], "/abs.txt", new byte[1]);
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      assertThat(inputsOf(inputs)).isEmpty();
      assertThat(refusalsOf(inputs))
          .extracting(Inputs.Refusal::reason)
          .containsOnly("entry name climbs out of the archive");
    }
  }

  @Test
  void doesNotOpenArchivesInsideArchives() throws Exception {
    Path zip = zip("outer.zip", "inner.zip", new byte[10]);
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      assertThat(refusalsOf(inputs))
          .containsExactly(
              new Inputs.Refusal(zip + "!/inner.zip", "archives inside archives are not imported"));
    }
  }

  @Test
  void stopsListingAnArchiveWithTooManyEntries() throws Exception {
    Object[] entries = new Object[12];
    for (int i = 0; i < 6; i++) {
      entries[2 * i] = i + ".txt";
      entries[2 * i + 1] = new byte[1];
    }
    Path zip = zip("crowd.zip", entries);
    try (Inputs inputs = Inputs.of(List.of(zip), settings)) {
      assertThat(inputsOf(inputs)).hasSize(5);
      assertThat(refusalsOf(inputs).getFirst().reason()).startsWith("more than 5 entries");
    }
  }

  @Test
  void reportsAFileNamedZipThatIsNotAnArchive() throws IOException {
    Path fake = write("fake.zip", "plain text");
    try (Inputs inputs = Inputs.of(List.of(fake), settings)) {
      assertThat(refusalsOf(inputs).getFirst().reason()).startsWith("not a readable zip archive");
    }
  }

  private static List<Inputs.Input> inputsOf(Inputs inputs) {
    return itemsOf(inputs, Inputs.Input.class);
  }

  private static List<Inputs.Refusal> refusalsOf(Inputs inputs) {
    return itemsOf(inputs, Inputs.Refusal.class);
  }

  /** The items of one kind of one walk, in order. */
  private static <T extends Inputs.Item> List<T> itemsOf(Inputs inputs, Class<T> kind) {
    List<T> found = new ArrayList<>();
    inputs.forEach(item -> {
      if (kind.isInstance(item)) {
        found.add(kind.cast(item));
      }
    });
    return found;
  }

  /** The source of every item of one walk, in order. */
  private static List<String> sources(Inputs inputs) {
    List<String> found = new ArrayList<>();
    inputs.forEach(item ->
        found.add(
            switch (item) {
              case Inputs.Input input -> input.source();
              case Inputs.Refusal refusal -> refusal.source();
            }));
    return found;
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A zip of (name, bytes) pairs. */
  private Path zip(String name, Object... entries) throws IOException {
    Path zip = temp.resolve(name);
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (int i = 0; i < entries.length; i += 2) {
        out.putNextEntry(new ZipEntry((String) entries[i]));
        out.write((byte[]) entries[i + 1]);
        out.closeEntry();
      }
    }
    return zip;
  }
}
