package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every command does alike: numbers out of range are bad usage (exit 2 with the help hint),
 * failures are one plain sentence naming the input, read-only commands create nothing.
 */
class CommandLineConventionsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void numbersOutOfRangeAreBadUsageNamingTheOptionWithTheHelpHint() {
    String data = dir.resolve("data").toString();

    assertThat(run("search", "--data", data, "--page-size", "0", "water")).isEqualTo(2);
    assertThat(run("search", "--data", data, "--page-size", "1001", "water")).isEqualTo(2);
    assertThat(run("provisional", "--data", data, "--page-size", "0")).isEqualTo(2);
    assertThat(run("generate", "--docs", "-1", "-o", dir.toString())).isEqualTo(2);
    assertThat(run("eval", "--gold", "g.jsonl", "--min-accuracy", "1.5", "x.txt")).isEqualTo(2);

    assertThat(err.toString().lines())
        .containsExactly(
            "dossier: --page-size must be between 1 and 1000, got 0",
            "Try 'dossier search --help' for usage.",
            "dossier: --page-size must be between 1 and 1000, got 1001",
            "Try 'dossier search --help' for usage.",
            "dossier: --page-size must be 1 or more, got 0",
            "Try 'dossier provisional --help' for usage.",
            "dossier: --docs must be 0 or more, got -1",
            "Try 'dossier generate --help' for usage.",
            "dossier: --min-accuracy must be between 0.0 and 1.0, got 1.5",
            "Try 'dossier eval --help' for usage.");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"search", "show", "check", "provisional"})
  void aReadOnlyCommandNeverCreatesAnInstallation(String command) throws IOException {
    Path missing = dir.resolve("missing");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    String[] operand =
        switch (command) {
          case "search" -> new String[] {"water"};
          case "show" -> new String[] {"A/75/1"};
          default -> new String[0];
        };

    assertThat(run(withData(command, missing, operand))).isEqualTo(1);
    assertThat(run(withData(command, empty, operand))).isEqualTo(1);

    assertThat(missing).doesNotExist();
    assertThat(empty).isEmptyDirectory();
    assertThat(err.toString().lines())
        .containsExactly(
            "dossier: no data directory "
                + missing
                + ": nothing was imported there (give the installation with --data DIR or"
                + " DOSSIER_DATA)",
            "dossier: the data directory "
                + empty
                + " is empty: nothing was imported there (give the installation with --data DIR"
                + " or DOSSIER_DATA)");
  }

  private static String[] withData(String command, Path data, String... operands) {
    String[] args = new String[3 + operands.length];
    args[0] = command;
    args[1] = "--data";
    args[2] = data.toString();
    System.arraycopy(operands, 0, args, 3, operands.length);
    return args;
  }

  @Test
  void fileSystemFailuresArePlainSentencesNamingTheInput() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    Path under = file.resolve("docs");

    assertThat(run("generate", "--docs", "1", "-o", under.toString())).isEqualTo(1);
    assertThat(run("parse", "-o", under.toString(), file.toString())).isEqualTo(1);
    assertThat(run("backup", "--data", dir.resolve("data").toString(), file.toString()))
        .isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            "dossier: " + under + ": not a directory",
            "dossier: " + under + ": not a directory",
            "dossier: Cannot read the backup directory " + file + ": not a directory");
    assertThat(err.toString()).doesNotContain("java.", "Exception", "\tat ");
  }
}
