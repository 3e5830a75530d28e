package org.dossier.cli;

import java.util.concurrent.Callable;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier assign PROVISIONAL-ID SYMBOL [--merge]}: gives a document waiting for a symbol its
 * symbol. A symbol another document has is refused unless {@code --merge}.
 */
@Command(
    name = "assign",
    description = "Give a document waiting for a symbol its symbol (see 'dossier provisional').")
final class AssignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(index = "0", paramLabel = "PROVISIONAL-ID", description = "provisional:… or #id.")
  String document;

  @Parameters(index = "1", paramLabel = "SYMBOL", description = "The UN symbol to assign.")
  String symbol;

  @Option(
      names = "--merge",
      description = "If another document has the symbol, merge this one into it.")
  boolean merge;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      String key = DocumentArgument.key(installation, document);
      boolean taken = installation.catalogue().find(symbol).isPresent();
      CataloguedDocument result = installation.registrar().assign(key, symbol, merge);
      spec.commandLine()
          .getOut()
          .println(
              (taken ? "Merged " + key + " into " : "Assigned to " + key + ": ")
                  + Documents.describe(result));
      return 0;
    }
  }
}
