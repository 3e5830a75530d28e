package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.ImportedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier import} beside {@code dossier serve}: the import goes through the server, which
 * keeps answering searches meanwhile, and the new documents are found as soon as it ends.
 */
class ServeWhileImportingTest {
  private static final long OTHER_SEED = 4_242;

  @TempDir Path temp;

  @Test
  void anImportThroughTheServerRunsWhileSearchesAreAnswered() throws Exception {
    try (TestServer server = TestServer.start(4)) {
      Path data = server.installation().directory();
      assertThat(Files.getPosixFilePermissions(data.resolve(ServerFile.NAME)))
          .extracting(Object::toString)
          .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
      Path inbox = temp.resolve("inbox");
      DemoCorpus.write(inbox, 8, OTHER_SEED);
      GeneratedDocument newcomer =
          new CorpusGenerator(OTHER_SEED)
              .documents(8)
              .filter(d -> server.get("/api/v1/documents/" + d.symbol()).statusCode() == 404)
              .filter(d -> !d.symbol().contains("/L."))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("the second corpus should bring new documents"));

      AtomicBoolean importing = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      long[] slowest = {0};
      Thread reader =
          Thread.ofPlatform()
              .start(() -> {
                while (importing.get()) {
                  long start = System.nanoTime();
                  HttpResponse<String> response = server.get("/api/v1/search?q=rights");
                  slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
                  if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body());
                  }
                  answered.incrementAndGet();
                }
              });

      Optional<ServerImports> through = ServerImports.find(data);
      assertThat(through).isPresent();
      AtomicInteger files = new AtomicInteger();
      ImportSummary summary =
          through
              .get()
              .importFiles(
                  List.of(inbox),
                  new ImportListener() {
                    @Override
                    public void fileDone(ImportedFile file) {
                      files.incrementAndGet();
                    }
                  });
      importing.set(false);
      reader.join();

      assertThat(summary.files()).isEqualTo(48);
      assertThat(files.get()).isEqualTo(48);
      assertThat(summary.created()).isPositive();
      assertThat(summary.failed()).isZero();
      assertThat(failures).isEmpty();
      assertThat(answered.get()).isPositive();
      // Readers were never held for the import's length (it takes several seconds here).
      assertThat(slowest[0] / 1_000_000).isLessThan(summary.elapsed().toMillis());
      assertThat(server.get("/api/v1/documents/" + newcomer.symbol()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aWrongTokenIsRefusedAndAStaleAnnouncementIgnored() throws IOException {
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    // A server that died without cleaning up: its process is gone.
    Files.writeString(
        data.resolve(ServerFile.NAME), "{\"port\":1,\"pid\":2147483646,\"token\":\"x\"}");
    assertThat(ServerImports.find(data)).isEmpty();
  }
}
