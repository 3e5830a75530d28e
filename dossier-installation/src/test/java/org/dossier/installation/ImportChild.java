package org.dossier.installation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The import that {@link CrashSafetyTest} kills: imports a directory into an installation and
 * prints one line per file once the catalogue has committed it ({@code COMMITTED}, its status and
 * its SHA-256).
 */
public final class ImportChild {
  /** Starts each line reporting a committed file; libraries may print other lines. */
  static final String COMMITTED = "COMMITTED\t";

  private ImportChild() {}

  public static void main(String[] args) {
    // Small index batches and commits, so that kills land between index updates and commits.
    Settings settings =
        Settings.defaults().withIndexBatchVersions(5).withIndexCommits(15, Duration.ofSeconds(10));
    try (Installation installation = Installation.open(Path.of(args[0]), settings)) {
      installation.importFiles(
          List.of(Path.of(args[1])),
          new ImportListener() {
            @Override
            public void fileDone(ImportedFile file) {
              if (file.status() != ImportedFile.Status.FAILED) {
                System.out.println(COMMITTED + file.status() + "\t" + file.sha256());
                System.out.flush();
              }
            }
          });
    }
  }
}
