package org.dossier.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.installation.BackupSummary;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier backup DIR}: a consistent copy of the installation, taken while it serves. */
@Command(
    name = "backup",
    description = "Copy the installation consistently into a new directory, while it serves.")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(paramLabel = "DIR", description = "A new or empty directory for the copy.")
  Path target;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      BackupSummary summary = installation.backup(target);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Backed up %s to %s: catalogue at change %d, %d original files, %.1f MB in %.1f s%n"
                  + "Check it with: dossier check --data %s%n",
              installation.directory(),
              summary.target(),
              summary.catalogueChange(),
              summary.files(),
              summary.bytes() / 1e6,
              summary.elapsed().toMillis() / 1000.0,
              summary.target());
    }
    return 0;
  }
}
