package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    try (Inputs inputs = Inputs.list(List.of(temp), settings)) {
      assertThat(inputs.inputs())
          .extracting(Inputs.Input::source)
          .containsExactly(temp.resolve("a/1.txt").toString(), temp.resolve("b/2.txt").toString());
      assertThat(inputs.refusals()).isEmpty();
    }
  }

  @Test
  void reportsAPathThatDoesNotExist() {
    try (Inputs inputs = Inputs.list(List.of(temp.resolve("nowhere")), settings)) {
      assertThat(inputs.refusals())
          .containsExactly(
              new Inputs.Refusal(temp.resolve("nowhere").toString(), "no such file or directory"));
    }
  }

  @Test
  void readsArchiveEntriesWithoutExtractingThem() throws Exception {
    Path zip = zip("batch.zip", "docs/en.txt", "hello".getBytes(StandardCharsets.UTF_8));
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      Inputs.Input entry = inputs.inputs().getFirst();
      assertThat(entry.source()).isEqualTo(zip + "!/docs/en.txt");
      assertThat(entry.fileName()).isEqualTo("en.txt");
      assertThat(new String(entry.read(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }
    assertThat(temp.resolve("docs")).doesNotExist();
  }

  @Test
  void refusesAnEntryInflatingBeyondTheFileLimit() throws Exception {
    Path zip = zip("bomb.zip", "zeros.txt", new byte[1_001]);
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      Inputs.Input bomb = inputs.inputs().getFirst();
      assertThatThrownBy(bomb::read)
          .isInstanceOf(Inputs.RefusedInputException.class)
          .hasMessage("inflates beyond the limit of 1000 bytes (zip bomb?)");
    }
  }

  @Test
  void refusesEntriesOnceTheArchiveInflatesBeyondItsLimit() throws Exception {
    Path zip =
        zip("many.zip", "1.txt", new byte[900], "2.txt", new byte[900], "3.txt", new byte[900]);
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      inputs.inputs().get(0).read();
      inputs.inputs().get(1).read();
      assertThatThrownBy(() -> inputs.inputs().get(2).read())
          .hasMessageContaining("inflates beyond the limit of its total size");
    }
  }

  @Test
  void refusesEntryNamesClimbingOutOfTheArchive() throws Exception {
    Path zip = zip("evil.zip", "../../etc/passwd", new byte[1], "/abs.txt", new byte[1]);
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      assertThat(inputs.inputs()).isEmpty();
      assertThat(inputs.refusals())
          .extracting(Inputs.Refusal::reason)
          .containsOnly("entry name climbs out of the archive");
    }
  }

  @Test
  void doesNotOpenArchivesInsideArchives() throws Exception {
    Path zip = zip("outer.zip", "inner.zip", new byte[10]);
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      assertThat(inputs.refusals())
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
    try (Inputs inputs = Inputs.list(List.of(zip), settings)) {
      assertThat(inputs.inputs()).hasSize(5);
      assertThat(inputs.refusals().getFirst().reason()).startsWith("more than 5 entries");
    }
  }

  @Test
  void reportsAFileNamedZipThatIsNotAnArchive() throws IOException {
    Path fake = write("fake.zip", "plain text");
    try (Inputs inputs = Inputs.list(List.of(fake), settings)) {
      assertThat(inputs.refusals().getFirst().reason()).startsWith("not a readable zip archive");
    }
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
