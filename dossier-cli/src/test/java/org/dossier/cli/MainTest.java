package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("dossier 0.");
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLineWithExitCode2() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).startsWith("dossier: Unknown option: '--no-such-option'");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void everySubcommandAnswersHelpWithItsOwnUsage() {
    for (String name : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
      out.getBuffer().setLength(0);
      assertThat(run(name, "--help")).as(name + " --help").isZero();
      assertThat(out.toString()).as(name + " --help").contains("Usage: dossier " + name);
    }
  }

  @Test
  void helpListsTheCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: dossier");
  }
}
