package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Counts;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.DemoWorkflow;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.Installation;
import org.dossier.search.Hit;
import org.dossier.search.SearchRequest;
import org.dossier.search.query.Query;
import org.dossier.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier demo}: generates a six-language demo corpus into the data directory (once),
 * imports it (a second run changes nothing), shows what Dossier made of it with example searches in
 * the six languages and one document, and the commands to try next, then serves the reading room
 * until stopped (unless {@code --no-serve}).
 */
@Command(
    name = "demo",
    description = "Load a generated six-language demo corpus and show what Dossier does with it.")
final class DemoCommand implements Callable<Integer> {
  /** The shared sample notes verbales, beside the project, imported when present. */
  static final Path SHARED_SAMPLES = Path.of("..", "shared", "samples", "seeds");

  /** One example search per language, on what every generated corpus talks about. */
  private static final List<List<String>> EXAMPLES =
      List.of(
          List.of("en", "\"human rights\""),
          List.of("fr", "\"Conseil des droits\""),
          List.of("es", "\"derechos humanos\""),
          List.of("ru", "\"права человека\""),
          List.of("ar", "\"حقوق الإنسان\""),
          List.of("zh", "人权"));

  /** Arguments a shell takes literally; others are shown in single quotes. */
  private static final Pattern SHELL_SAFE = Pattern.compile("[\\p{L}\\p{N}/._:=-]+");

  /** Documents in the demo corpus unless {@code --docs} says otherwise. */
  static final int DEFAULT_DOCUMENTS = 200;

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Mixin ServerOptions server;

  int documents = DEFAULT_DOCUMENTS;

  @Option(
      names = "--docs",
      paramLabel = "N",
      description = "Documents in the demo corpus, each in six languages (default 200).")
  void documents(int value) {
    documents = Ranges.atLeast(spec, "--docs", value, 1);
  }

  @Option(
      names = "--no-serve",
      description = "Stop after showing, instead of serving the reading room.")
  boolean noServe;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WebSettings settings = noServe ? null : server.settings(spec);
    Path directory = data.directory().toAbsolutePath().normalize();
    Optional<String> shown;
    try (Installation installation = Installation.open(directory)) {
      load(installation, documents, out);
      shown = documentWorthShowing(installation);
      out.println();
      DemoWorkflow.prepare(installation).forEach(out::println);
    }
    for (List<String> example : EXAMPLES) {
      run(
          out,
          err,
          directory,
          "search",
          "--lang",
          example.get(0),
          "--page-size",
          "2",
          example.get(1));
    }
    shown.ifPresent(symbol -> run(out, err, directory, "show", symbol));
    out.println();
    out.println("Next, try:");
    String data = dataArgument(directory);
    out.println("  ./dossier search" + data + " --facets 'body:HRC session:43'");
    out.println("  ./dossier search" + data + " --sort date -f json 'note verbale'");
    out.println("  ./dossier show" + data + " --lang fr --format akn SYMBOL");
    out.println("  ./dossier import" + data + " PATH…     (files, folders, .zip)");
    out.println("  ./dossier check" + data + "; ./dossier backup" + data + " DIR");
    if (!noServe) {
      ServerOptions.serveUntilStopped(Installation.open(directory), settings, out);
    }
    return 0;
  }

  /**
   * Generates the demo corpus into the installation (once) and imports it with the shared samples,
   * printing what was done and what the catalogue holds.
   */
  static void load(Installation installation, int documents, PrintWriter out) {
    Path source = installation.directory().resolve("demo-source");
    out.println(
        "Dossier "
            + Installation.dossierVersion()
            + " — data directory "
            + installation.directory());
    if (DemoCorpus.writeIfAbsent(source, documents, DemoCorpus.SEED)) {
      out.println(
          "Generated a demo corpus of "
              + documents
              + " documents × 6 languages (text, Markdown, HTML, Word) into "
              + source);
    } else {
      out.println("The demo corpus is already in " + source);
    }
    List<Path> inputs = new ArrayList<>(List.of(source));
    if (Files.isDirectory(SHARED_SAMPLES)) {
      inputs.add(SHARED_SAMPLES);
    }
    ImportSummary summary = ImportCommand.importWithProgress(installation, inputs, out);
    ImportCommand.printSummary(summary, out);
    printCatalogue(installation.catalogue().counts(), out);
  }

  private static void printCatalogue(Counts counts, PrintWriter out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "The catalogue holds %d documents (%d waiting for a symbol) in %d language versions"
            + " (%d revisions),%n  %d bodies, %d sessions, %d agenda items, %d citations"
            + " (%d to documents not catalogued yet).%n",
        counts.documents(),
        counts.provisionalDocuments(),
        counts.languageVersions(),
        counts.revisions(),
        counts.bodies(),
        counts.sessions(),
        counts.agendaItems(),
        counts.citations(),
        counts.danglingCitations());
  }

  /** A document with a family and citations if there is one among the first hits, else any. */
  private static Optional<String> documentWorthShowing(Installation installation) {
    Catalogue catalogue = installation.catalogue();
    List<Hit> hits;
    try {
      hits =
          installation
              .index()
              .search(SearchRequest.builder(new Query.MatchAll()).pageSize(300).build())
              .hits();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the demo index: " + e, e);
    }
    Optional<String> any = Optional.empty();
    for (Hit hit : hits) {
      if (hit.symbol() == null) {
        continue;
      }
      any = any.or(() -> Optional.of(hit.symbol()));
      Optional<CataloguedDocument> document = catalogue.find(hit.symbol());
      if (document.isPresent()
          && document.get().familyBase() != null
          && !catalogue.cites(document.get().id()).isEmpty()) {
        return Optional.of(hit.symbol());
      }
    }
    return any;
  }

  private static void run(PrintWriter out, PrintWriter err, Path directory, String... args) {
    out.println();
    out.println("$ ./dossier" + quoted(args, directory));
    out.flush();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(1, List.of("--data", directory.toString()));
    Main.run(all.toArray(String[]::new), out, err);
  }

  private static String quoted(String[] args, Path directory) {
    StringBuilder line = new StringBuilder(" " + args[0] + dataArgument(directory));
    for (int i = 1; i < args.length; i++) {
      line.append(' ')
          .append(SHELL_SAFE.matcher(args[i]).matches() ? args[i] : "'" + args[i] + "'");
    }
    return line.toString();
  }

  /** {@code --data DIR}, unless DIR is the default ./data. */
  private static String dataArgument(Path directory) {
    return directory.equals(Path.of("data").toAbsolutePath().normalize())
        ? ""
        : " --data " + directory;
  }
}
