package org.dossier.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier reindex}: rebuilds the search index from the catalogue. */
@Command(name = "reindex", description = "Rebuild the search index from the catalogue.")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      long start = System.nanoTime();
      long documents = installation.reindex();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Reindexed %d documents in %.1f s%n",
              documents,
              (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
