package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.Counts;
import org.dossier.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during an import, at seeded random moments, round after round: after each kill
 * nothing reported imported is lost, no version is half-written, index and catalogue agree; and
 * finishing the import gives the same catalogue as an import that was never interrupted.
 */
class CrashSafetyTest {
  private static final long SEED = 20_201_123L;
  private static final int ROUNDS = 5;
  private static final int DOCUMENTS = 8;
  private static final long ROUND_TIMEOUT_SECONDS = 180;

  @TempDir static Path temp;
  private static Path source;

  @BeforeAll
  static void writeCorpus() throws IOException {
    source = temp.resolve("source");
    DemoCorpus.write(source, DOCUMENTS, SEED);
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void killedImportsLoseNothingAndResumeToTheSameState() throws Exception {
    Path data = temp.resolve("killed");
    Random random = new Random(SEED);
    Set<String> reported = new HashSet<>();
    int interrupted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      // Kill after some newly committed files, or blindly during start-up and catch-up.
      int afterCommits = random.nextInt(9);
      long blindMillis = random.nextInt(4_000);
      KilledRun run = importUntilKilled(data, afterCommits, blindMillis);
      reported.addAll(run.reported());
      interrupted += run.interrupted() ? 1 : 0;
      try (Installation reopened = Installation.open(data)) {
        assertConsistent(reopened, reported);
      }
    }
    // Guards against a vacuous run; how many rounds end mid-import depends on the machine's speed
    // (catalogue batches commit in bursts), so one is required, not a majority.
    assertThat(interrupted).as("rounds killed before the import finished").isPositive();
    Map<String, Set<String>> resumed;
    Counts resumedCounts;
    try (Installation finished = Installation.open(data)) {
      ImportSummary rest = finished.importFiles(List.of(source), ImportListener.SILENT);
      assertThat(rest.failed()).isEqualTo(expectedFailures());
      assertConsistent(finished, reported);
      resumed = contents(finished.catalogue());
      resumedCounts = finished.catalogue().counts();
    }
    try (Installation uninterrupted = Installation.open(temp.resolve("uninterrupted"))) {
      uninterrupted.importFiles(List.of(source), ImportListener.SILENT);
      assertThat(resumed).isEqualTo(contents(uninterrupted.catalogue()));
      Counts expected = uninterrupted.catalogue().counts();
      assertThat(resumedCounts.documents()).isEqualTo(expected.documents());
      assertThat(resumedCounts.languageVersions()).isEqualTo(expected.languageVersions());
      assertThat(resumedCounts.revisions()).isEqualTo(expected.revisions());
      assertThat(resumedCounts.citations()).isEqualTo(expected.citations());
    }
  }

  /** Failures are the parser's verdicts on the corpus: the same in every run. */
  private static int expectedFailures() {
    try (Installation scratch = Installation.open(temp.resolve("failures"))) {
      return scratch.importFiles(List.of(source), ImportListener.SILENT).failed();
    }
  }

  /**
   * What one killed child did.
   *
   * @param reported the hashes of the files it reported committed
   * @param interrupted whether it was still running when killed
   */
  private record KilledRun(Set<String> reported, boolean interrupted) {}

  /** Runs the import in a child JVM and kills it. */
  private static KilledRun importUntilKilled(Path data, int afterCommits, long blindMillis)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ImportChild.class.getName(),
                data.toString(),
                source.toString())
            .redirectError(temp.resolve("child-stderr.txt").toFile());
    Process child = builder.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        Thread.ofVirtual()
            .start(() -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // The child was killed mid-line: what was read is all it reported.
              }
            });
    Set<String> reported = new HashSet<>();
    boolean interrupted;
    try {
      if (afterCommits == 0) {
        child.waitFor(blindMillis, TimeUnit.MILLISECONDS);
      } else {
        int committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ROUND_TIMEOUT_SECONDS);
        while (committed < afterCommits
            && System.nanoTime() < deadline
            && (child.isAlive() || !lines.isEmpty())) {
          String line = lines.poll(1, TimeUnit.SECONDS);
          if (line == null || !line.startsWith(ImportChild.COMMITTED)) {
            continue;
          }
          reported.add(hash(line));
          if (!line.contains("UNCHANGED")) {
            committed++;
          }
        }
      }
    } finally {
      interrupted = child.isAlive();
      child.destroyForcibly().waitFor();
      reader.join();
    }
    // Lines read after the kill decision were still printed after their commit.
    for (String line : lines) {
      if (line.startsWith(ImportChild.COMMITTED)) {
        reported.add(hash(line));
      }
    }
    return new KilledRun(reported, interrupted);
  }

  private static String hash(String committedLine) {
    return committedLine.substring(committedLine.lastIndexOf('\t') + 1);
  }

  private static void assertConsistent(Installation installation, Set<String> reported) {
    Catalogue catalogue = installation.catalogue();
    Set<String> catalogued = new HashSet<>();
    for (long id : installation.sync().documentIds()) {
      CataloguedDocument document = catalogue.document(id).orElseThrow();
      for (Language language : document.languages()) {
        for (CataloguedVersion version : catalogue.revisions(id, language)) {
          assertThat(version.text()).as("text of %s %s", document.key(), language).isNotNull();
          assertThat(installation.fileStore().verify(version.original().sha256()))
              .as("original of %s %s", document.key(), language)
              .isTrue();
          catalogued.add(version.original().sha256());
        }
      }
    }
    assertThat(catalogued).containsAll(reported);
    Set<String> ids = new TreeSet<>();
    installation.sync().documentIds().forEach(id -> ids.add(IndexSync.indexId(id)));
    assertThat(new TreeSet<>(Checker.indexedDocuments(installation.index()).keySet()))
        .isEqualTo(ids);
    assertThat(installation.index().lastAppliedChange()).isEqualTo(catalogue.lastChange());
    assertThat(installation.check().problems()).isEmpty();
    assertThat(installation.fileStore().discardUnfinishedWrites())
        .as("temporary files a killed import left, still there after reopening")
        .isZero();
  }

  /** Each document by key with the languages and original files of its revisions. */
  private static Map<String, Set<String>> contents(Catalogue catalogue) {
    Map<String, Set<String>> contents = new TreeMap<>();
    List<Long> ids = new ArrayList<>(new IndexSync(catalogue).documentIds());
    for (long id : ids) {
      CataloguedDocument document = catalogue.document(id).orElseThrow();
      Set<String> versions = new TreeSet<>();
      for (Language language : document.languages()) {
        for (CataloguedVersion version : catalogue.revisions(id, language)) {
          versions.add(
              language.code() + " " + version.revision() + " " + version.original().sha256());
        }
      }
      contents.put(document.key(), versions);
    }
    return contents;
  }
}
