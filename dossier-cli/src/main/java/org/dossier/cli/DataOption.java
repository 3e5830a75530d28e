package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.installation.Installation;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of every command that works on an installation: the option, else
 * the {@value Installation#DATA_VARIABLE} environment variable, else {@code ./data}.
 */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data directory (default: $DOSSIER_DATA, else ./data).")
  Path data;

  /** The data directory this command works on. */
  Path directory() {
    return directory(System.getenv());
  }

  Path directory(Map<String, String> environment) {
    if (data != null) {
      return data;
    }
    String variable = environment.get(Installation.DATA_VARIABLE);
    if (variable == null) {
      return Path.of("data");
    }
    if (variable.isBlank()) {
      throw new IllegalArgumentException(
          Installation.DATA_VARIABLE
              + " is set but empty: set it to a data directory, unset it, or pass --data DIR");
    }
    return Path.of(variable);
  }

  /** Opens (creating on first use) the installation. */
  Installation open() {
    return Installation.open(directory());
  }

  /**
   * Opens the installation for a command that only reads it: a directory that does not exist, or is
   * empty, is an error naming it rather than a new, empty installation.
   */
  Installation openExisting() {
    Path directory = directory().toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "no data directory "
              + directory
              + ": nothing was imported there (give the installation with --data DIR or "
              + Installation.DATA_VARIABLE
              + ")");
    }
    try (Stream<Path> entries = Files.list(directory)) {
      if (entries.findAny().isEmpty()) {
        throw new IllegalArgumentException(
            "the data directory "
                + directory
                + " is empty: nothing was imported there (give the installation with --data DIR"
                + " or "
                + Installation.DATA_VARIABLE
                + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Installation.open(directory);
  }
}
