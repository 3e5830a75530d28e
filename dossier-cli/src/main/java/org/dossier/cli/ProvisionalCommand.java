package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.installation.Installation;
import org.dossier.installation.Registrar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier provisional}: the documents waiting for a symbol, a page at a time, each with the
 * facts it was matched by, its versions, and the documents it may be, with the command that settles
 * each.
 */
@Command(
    name = "provisional",
    description = "List the documents waiting for a symbol, with their evidence and suggestions.")
final class ProvisionalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  int pageSize = 20;

  long after;

  @Option(names = "--page-size", paramLabel = "N", description = "Documents per page (default 20).")
  void pageSize(int value) {
    pageSize = Ranges.atLeast(spec, "--page-size", value, 1);
  }

  @Option(
      names = "--after",
      paramLabel = "ID",
      description = "Start after this document id (the 'More:' line of the previous page).")
  void after(int value) {
    after = Ranges.atLeast(spec, "--after", value, 0);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Installation installation = data.openExisting()) {
      long total = installation.catalogue().counts().provisionalDocuments();
      List<Registrar.Waiting> page = installation.registrar().waiting(after, pageSize);
      out.println(total + " document(s) waiting for a symbol in " + installation.directory());
      for (Registrar.Waiting waiting : page) {
        print(out, installation, waiting);
      }
      if (page.size() == pageSize) {
        out.println("More: --after " + page.getLast().document().id());
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, Installation installation, Registrar.Waiting waiting) {
    CataloguedDocument document = waiting.document();
    out.println();
    out.println(document.key() + "  #" + document.id() + "  " + Documents.languages(document));
    out.println("  facts: " + facts(document));
    if (document.reviewNote() != null) {
      out.println("  note: " + document.reviewNote());
    }
    for (CataloguedVersion version : installation.catalogue().currentVersions(document.id())) {
      out.println(
          "  "
              + version.language().code()
              + ": "
              + version.original().fileName()
              + (version.jobNumber() == null ? "" : ", job " + version.jobNumber())
              + (version.issueDate() == null ? "" : ", dated " + version.issueDate())
              + (version.title() == null ? "" : ", " + version.title()));
    }
    for (CataloguedDocument match : waiting.possibleMatches()) {
      out.println(
          "  may be "
              + match.key()
              + " "
              + Documents.languages(match)
              + ": dossier "
              + (match.provisional()
                  ? "merge " + document.key() + " " + match.key()
                  : "assign " + document.key() + " " + match.key() + " --merge"));
    }
    if (waiting.possibleMatches().isEmpty()) {
      out.println(
          "  no catalogued document may be it: dossier assign " + document.key() + " SYMBOL");
    }
  }

  private static String facts(CataloguedDocument document) {
    List<String> facts = new ArrayList<>();
    if (document.body() != null) {
      facts.add(
          document.body()
              + (document.sessionNumber() == null ? "" : ", session " + document.sessionNumber()));
    }
    if (document.docType() != null) {
      facts.add(document.docType().id());
    }
    if (document.titleDate() != null) {
      facts.add("title date " + document.titleDate());
    }
    if (document.country() != null) {
      facts.add("country " + document.country());
    }
    if (document.originalLanguage() != null) {
      facts.add("original " + document.originalLanguage().code());
    }
    return facts.isEmpty() ? "none known" : String.join("; ", facts);
  }
}
