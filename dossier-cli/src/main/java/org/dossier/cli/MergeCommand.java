package org.dossier.cli;

import java.util.concurrent.Callable;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier merge ID1 ID2}: two documents a registrar knows to be one language-version set
 * become one; the one with a symbol is kept, else the first.
 */
@Command(
    name = "merge",
    description = "Merge two documents that are one (versions in different languages).")
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(index = "0", paramLabel = "ID1", description = "A symbol, provisional key or #id.")
  String first;

  @Parameters(index = "1", paramLabel = "ID2", description = "Another one.")
  String second;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      String one = DocumentArgument.key(installation, first);
      String other = DocumentArgument.key(installation, second);
      CataloguedDocument merged = installation.registrar().merge(one, other);
      spec.commandLine()
          .getOut()
          .println("Merged " + one + " and " + other + ": " + Documents.describe(merged));
      return 0;
    }
  }
}
