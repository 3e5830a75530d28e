package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.CitationEdge;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import org.dossier.understand.AkomaNtoso;
import org.dossier.understand.Format;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier show SYMBOL}: a catalogued document with its language versions and revisions, its
 * family both ways, what it cites and what cites it; or one version's record (JSON), Akoma Ntoso or
 * clean text. An unknown symbol prints the closest catalogued ones, exit code 1.
 */
@Command(
    name = "show",
    description = "Show a document: versions, family, citations; or one version's record or text.")
final class ShowCommand implements Callable<Integer> {
  /** What to print. */
  enum Output {
    text,
    json,
    akn
  }

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(paramLabel = "SYMBOL", description = "A symbol (any case and spacing) or key.")
  String symbol;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = LanguageConverter.class,
      description = "The language version to print (default: the original language).")
  Language language;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text (default: the overview, plus the clean text with --lang), json (the record) or"
              + " akn (Akoma Ntoso).")
  Output format = Output.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Installation installation = data.open()) {
      Catalogue catalogue = installation.catalogue();
      Optional<CataloguedDocument> found = catalogue.find(symbol);
      if (found.isEmpty()) {
        List<String> near = installation.similarSymbols(symbol, 5);
        err.println(
            "dossier: no document "
                + symbol.strip()
                + " in "
                + installation.directory()
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        return 1;
      }
      CataloguedDocument document = found.get();
      List<CataloguedVersion> versions = catalogue.currentVersions(document.id());
      Optional<CataloguedVersion> chosen = chosenVersion(document, versions);
      if (language != null && chosen.isEmpty()) {
        err.println(
            "dossier: "
                + document.key()
                + " has no "
                + language.code()
                + " version (it has "
                + String.join(" ", versions.stream().map(v -> v.language().code()).toList())
                + ")");
        return 1;
      }
      switch (format) {
        case json -> chosen.ifPresent(v -> out.print(RecordJson.toPrettyJson(v.record())));
        case akn -> chosen.ifPresent(v -> out.println(AkomaNtoso.write(parsed(v))));
        case text -> {
          overview(catalogue, document, out);
          if (language != null) {
            out.println();
            out.println(chosen.get().text());
          }
        }
      }
    }
    return 0;
  }

  private Optional<CataloguedVersion> chosenVersion(
      CataloguedDocument document, List<CataloguedVersion> versions) {
    if (language != null) {
      return versions.stream().filter(v -> v.language() == language).findFirst();
    }
    return versions.stream()
        .filter(v -> v.language() == document.originalLanguage())
        .findFirst()
        .or(() -> versions.stream().findFirst());
  }

  private static ParsedDocument parsed(CataloguedVersion version) {
    return new ParsedDocument(
        version.record(), Format.ofMediaType(version.original().mediaType()), version.text());
  }

  private static void overview(Catalogue catalogue, CataloguedDocument document, PrintWriter out) {
    out.println(
        document.key()
            + (document.docType() == null ? "" : "  " + document.docType().id())
            + (document.body() == null ? "" : "  " + document.body())
            + (document.sessionNumber() == null ? "" : " session " + document.sessionNumber()));
    if (document.provisional()) {
      out.println("  provisional: " + document.reviewNote());
    }
    if (document.symbols().size() > 1) {
      out.println(
          "  also: " + String.join(", ", document.symbols().subList(1, document.symbols().size())));
    }
    if (document.country() != null) {
      out.println("  country: " + document.country());
    }
    out.println(
        "Versions"
            + (document.originalLanguage() == null
                ? ""
                : " (original: " + document.originalLanguage().code() + ")")
            + ":");
    for (CataloguedVersion current : catalogue.currentVersions(document.id())) {
      for (CataloguedVersion revision : catalogue.revisions(document.id(), current.language())) {
        out.println(
            "  "
                + revision.language().code()
                + "  rev "
                + revision.revision()
                + "  "
                + (revision.issueDate() == null ? "date unknown" : revision.issueDate())
                + "  "
                + (revision.jobNumber() == null ? "" : revision.jobNumber() + "  ")
                + revision.original().fileName()
                + "  "
                + (revision.title() == null ? "" : revision.title()));
      }
    }
    Optional<CataloguedDocument> base = catalogue.familyBase(document.id());
    List<CataloguedDocument> members = catalogue.familyMembers(document.id());
    if (document.familyBase() != null || !members.isEmpty()) {
      out.println("Family:");
      if (document.familyBase() != null) {
        out.println(
            "  "
                + relation(document)
                + " of "
                + document.familyBase()
                + (base.isEmpty() ? " (not catalogued)" : ""));
      }
      members.stream()
          .sorted(Comparator.comparing(CataloguedDocument::key))
          .forEach(member -> out.println("  " + relation(member) + ": " + member.key()));
    }
    printCitations(
        "Cites:",
        catalogue.cites(document.id()),
        edge -> edge.citedSymbol() + (edge.dangling() ? " (not catalogued)" : ""),
        out);
    printCitations(
        "Cited by:",
        catalogue.citedBy(document.id()),
        edge ->
            catalogue
                .document(edge.citingDocumentId())
                .map(CataloguedDocument::key)
                .orElse("#" + edge.citingDocumentId()),
        out);
  }

  private static String relation(CataloguedDocument document) {
    return document.familyRelation() == null
        ? "member"
        : document.familyRelation().name().toLowerCase(Locale.ROOT);
  }

  private static void printCitations(
      String heading,
      List<CitationEdge> edges,
      Function<CitationEdge, String> label,
      PrintWriter out) {
    if (edges.isEmpty()) {
      return;
    }
    out.println(heading);
    edges.stream().map(label).distinct().sorted().forEach(line -> out.println("  " + line));
  }
}
