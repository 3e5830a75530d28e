package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path temp;

  @Test
  void generatesImportsAndShowsThenASecondRunChangesNothing() {
    String data = temp.resolve("data").toString();
    InstallationCommandsTest.Run first =
        InstallationCommandsTest.dossier("demo", "--data", data, "--docs", "3", "--no-serve");
    assertThat(first.code()).isZero();
    assertThat(first.out())
        .contains("Generated a demo corpus of 3 documents × 6 languages")
        .contains("updated 0, unchanged 0")
        .contains("The catalogue holds ")
        .contains("$ ./dossier search --data " + data + " --lang zh --page-size 2 人权")
        .contains("$ ./dossier show --data " + data)
        .contains("Next, try:")
        .contains("  registrar / demo-registrar  registrar")
        .contains("(Limited) and A/HRC/43/G/");
    InstallationCommandsTest.Run second =
        InstallationCommandsTest.dossier("demo", "--data", data, "--docs", "3", "--no-serve");
    assertThat(second.out())
        .contains("The demo corpus is already in " + temp.resolve("data").resolve("demo-source"))
        .contains("new 0, updated 0, unchanged 18")
        .contains("  delegate.fra / demo-delegate.fra  delegate of FRA")
        .doesNotContain("(Limited)");
  }

  @Test
  void refusesAnEmptyCorpus() {
    InstallationCommandsTest.Run run =
        InstallationCommandsTest.dossier("demo", "--data", temp.toString(), "--docs", "0");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "dossier: --docs must be 1 or more, got 0\nTry 'dossier demo --help' for usage.\n");
  }
}
