package org.dossier.cli;

import java.util.concurrent.Callable;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier split ID LANG}: the version in {@code LANG} leaves the document (a wrong match or
 * merge) and becomes a provisional document of its own, waiting for a registrar.
 */
@Command(
    name = "split",
    description = "Move a document's version in one language into a new provisional document.")
final class SplitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(index = "0", paramLabel = "ID", description = "A symbol, provisional key or #id.")
  String document;

  @Parameters(
      index = "1",
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      description = "The language of the version to split off.")
  Language language;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      String key = DocumentArgument.key(installation, document);
      CataloguedDocument split = installation.registrar().split(key, language);
      spec.commandLine()
          .getOut()
          .println(
              "Split the "
                  + language.code()
                  + " version of "
                  + key
                  + " off: "
                  + Documents.describe(split));
      return 0;
    }
  }
}
