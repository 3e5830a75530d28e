package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the test fixtures under a fixed seed and budget: byte flips, cuts, repeated
 * runs, inserted form feeds, Markdown marks and long digit runs. The parser must return a record or
 * a clear refusal, quickly (catastrophic backtracking would show as a timeout). A failing input is
 * written to {@code target/mutation-failures/} to be added to the fuzz corpus.
 */
class SeededMutationTest {
  private static final long SEED = 20_201_123L;
  private static final int MUTANTS_PER_FIXTURE = 150;
  private static final String[] FIXTURES = {
    "encoding/en-utf8.txt", "encoding/fr-windows-1252.txt", "encoding/ru-windows-1251.txt",
    "encoding/ar-utf16be-bom.txt", "encoding/zh-gb18030.txt", "fixtures/en-letter.txt",
    "fixtures/fr-note-verbale.md", "fixtures/es-note-verbale.txt", "fixtures/ru-note-verbale.txt",
    "fixtures/ar-note-verbale.txt", "fixtures/zh-note-verbale.txt"
  };
  private static final byte[][] INSERTS = {
    "\f".getBytes(StandardCharsets.UTF_8),
    "****".getBytes(StandardCharsets.UTF_8),
    "\\*".getBytes(StandardCharsets.UTF_8),
    "<sup>er</sup>".getBytes(StandardCharsets.UTF_8),
    "resolutions 1 (1993), 2 (1993), ".repeat(40).getBytes(StandardCharsets.UTF_8),
    "1".repeat(5_000).getBytes(StandardCharsets.UTF_8),
    "A/HRC/".repeat(200).getBytes(StandardCharsets.UTF_8),
    "Annex\n\n".getBytes(StandardCharsets.UTF_8),
    "GE.20-06123(E)\n".getBytes(StandardCharsets.UTF_8),
    {(byte) 0xFF, (byte) 0xFE, 0, 0}
  };

  private final DocumentParser parser = DocumentParser.create();

  @Test
  void mutantsOfEveryFixtureParseOrAreRefusedClearly() throws IOException {
    Random random = new Random(SEED);
    int records = 0;
    for (String fixture : FIXTURES) {
      byte[] original = fixture(fixture);
      for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
        byte[] mutant = mutate(original, random);
        if (parseOrRefuse(fixture + "#" + i, mutant)) {
          records++;
        }
      }
    }
    assertThat(records).as("most mutants are still documents").isGreaterThan(FIXTURES.length * 50);
  }

  private boolean parseOrRefuse(String name, byte[] mutant) throws IOException {
    try {
      return assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> {
            try {
              ParsedDocument document = parser.parse(name, mutant);
              RecordJson.toJsonLine(document.record());
              AkomaNtoso.write(document);
              return true;
            } catch (UnreadableDocumentException refusal) {
              assertThat(refusal.getMessage()).startsWith(name + ": ");
              return false;
            }
          });
    } catch (AssertionError | RuntimeException failure) {
      Path kept = Path.of("target/mutation-failures", name.replace('/', '_'));
      Files.createDirectories(kept.getParent());
      Files.write(kept, mutant);
      throw new AssertionError("mutant kept in " + kept + ": " + failure, failure);
    }
  }

  static byte[] mutate(byte[] original, Random random) {
    List<Byte> bytes = new ArrayList<>(original.length + 64);
    for (byte b : original) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(5)) {
        case 0 -> bytes.set(at, (byte) random.nextInt(256));
        case 1 -> bytes.subList(at, Math.min(bytes.size(), at + random.nextInt(200))).clear();
        case 2 -> {
          int end = Math.min(bytes.size(), at + random.nextInt(300));
          List<Byte> run = new ArrayList<>(bytes.subList(at, end));
          for (int k = 0; k < 1 + random.nextInt(20); k++) {
            bytes.addAll(at, run);
          }
        }
        case 3 -> {
          byte[] insert = INSERTS[random.nextInt(INSERTS.length)];
          for (int k = insert.length - 1; k >= 0; k--) {
            bytes.add(at, insert[k]);
          }
        }
        default -> bytes.subList(at, bytes.size()).clear();
      }
    }
    byte[] mutant = new byte[bytes.size()];
    for (int i = 0; i < mutant.length; i++) {
      mutant[i] = bytes.get(i);
    }
    return mutant;
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        SeededMutationTest.class.getResourceAsStream("/org/dossier/understand/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
