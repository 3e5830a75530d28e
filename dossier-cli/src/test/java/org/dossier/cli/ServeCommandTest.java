package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.Installation;
import org.dossier.web.DossierServer;
import org.dossier.web.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path temp;

  @Test
  void aBadPortIsAUsageErrorNamingTheSetting() {
    InstallationCommandsTest.Run run =
        InstallationCommandsTest.dossier(
            "serve", "--data", temp.resolve("data").toString(), "--port", "99999");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "dossier: port (from --port): expected a number from 0 to 65535 (0: any free port),"
                + " got '99999'\nTry 'dossier serve --help' for usage.\n");
  }

  @Test
  void aPortInUseIsOneLineWithoutAJavaClassName() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      InstallationCommandsTest.Run run =
          InstallationCommandsTest.dossier(
              "serve",
              "--data",
              temp.resolve("data").toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .startsWith("dossier: ")
          .doesNotContain("Exception")
          .doesNotContain("java.");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void importIntoAServedDirectoryGoesThroughTheServer() throws IOException {
    Path corpus = temp.resolve("corpus");
    DemoCorpus.write(corpus, 2, DemoCorpus.SEED);
    Path data = temp.resolve("data");
    try (Installation installation = Installation.open(data);
        DossierServer server = DossierServer.start(installation, new WebSettings("127.0.0.1", 0))) {
      InstallationCommandsTest.Run run =
          InstallationCommandsTest.dossier("import", "--data", data.toString(), corpus.toString());
      assertThat(run.code()).isZero();
      assertThat(run.out())
          .startsWith(
              "The data directory is served at http://127.0.0.1:"
                  + server.port()
                  + "/: importing through it\n")
          .contains("Imported 12 versions of 2 documents from 12 files")
          .contains("new 12, updated 0, unchanged 0, failed 0");
      assertThat(installation.catalogue().counts().languageVersions()).isEqualTo(12);
    }
    // Stopped: the directory is the command's own again.
    InstallationCommandsTest.Run again =
        InstallationCommandsTest.dossier("import", "--data", data.toString(), corpus.toString());
    assertThat(again.out()).doesNotContain("served at").contains("unchanged 12");
    assertThat(List.of(data.resolve("server.json").toFile().exists())).containsExactly(false);
  }
}
