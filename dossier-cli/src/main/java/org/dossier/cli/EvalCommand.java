package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.Evaluation;
import org.dossier.understand.RecordJson;
import org.dossier.understand.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval --gold GOLD.jsonl FILE…}: parses the files and scores each record field
 * against the gold records (paired by file name), per field and per language: exact match for
 * scalar fields, set F1 for lists; then lists every miss. A gold record whose file was refused or
 * not given misses every field; a run that pairs no file with a gold record is an error.
 */
@Command(
    name = "eval",
    description = "Score the parser field by field against gold records (JSON Lines).")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD.jsonl",
      description = "Expected records, one JSON object per line, paired with files by file name.")
  Path gold;

  double minAccuracy = 0;

  @Option(
      names = "--min-accuracy",
      paramLabel = "FRACTION",
      description =
          "Exit with 1 when any field in any language scores below this (0 to 1); each failing"
              + " field and language is named.")
  void minAccuracy(double value) {
    minAccuracy = Ranges.between(spec, "--min-accuracy", value, 0, 1);
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Documents to parse and score; a directory is read recursively (hidden files and the"
              + " gold file skipped).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<DocumentRecord> expected = readGold();
    Set<String> goldNames = new HashSet<>();
    expected.forEach(record -> goldNames.add(fileName(record.source())));
    DocumentParser parser = DocumentParser.create();
    List<DocumentRecord> parsed = new ArrayList<>();
    int paired = 0;
    for (Path file : documents()) {
      if (goldNames.contains(file.getFileName().toString())) {
        paired++;
      }
      try {
        parsed.add(parser.parse(file).record());
      } catch (UnreadableDocumentException e) {
        err.println("dossier: " + e.getMessage() + " (every field of its gold record missed)");
      }
    }
    if (paired == 0) {
      throw new IllegalArgumentException(
          "nothing scored: none of the files given has a gold record in " + gold);
    }
    Evaluation.Report report = Evaluation.evaluate(expected, parsed);
    printTable(out, report);
    printMisses(out, report);
    out.flush();
    List<Evaluation.Cell> failing = report.belowGate(minAccuracy);
    for (Evaluation.Cell cell : failing) {
      err.printf(
          Locale.ROOT,
          "dossier: %s in %s is %.1f%% over %d documents, below --min-accuracy %s%n",
          cell.field(),
          cell.language().code(),
          cell.score() * 100,
          cell.documents(),
          minAccuracy);
    }
    return failing.isEmpty() ? 0 : 1;
  }

  /** One row per field, one column per language and one for all, with the document counts. */
  private static void printTable(PrintWriter out, Evaluation.Report report) {
    List<Language> languages = report.languages();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-18s", "field"));
    StringBuilder counts = new StringBuilder(String.format(Locale.ROOT, "%-18s", "documents"));
    for (Language language : languages) {
      header.append(String.format(Locale.ROOT, " %7s", language.code()));
      int documents =
          report.cells().stream()
              .filter(cell -> cell.language() == language)
              .findFirst()
              .orElseThrow()
              .documents();
      counts.append(String.format(Locale.ROOT, " %7d", documents));
    }
    header.append(String.format(Locale.ROOT, " %7s", "all"));
    counts.append(String.format(Locale.ROOT, " %7d", report.documents()));
    out.println(header);
    out.println(counts);
    for (Evaluation.FieldScore field : report.fields()) {
      out.printf(Locale.ROOT, "%-18s", field.field());
      for (Language language : languages) {
        out.print(percent(report.accuracy(field.field(), language)));
      }
      out.println(percent(field.score()));
    }
    out.printf(
        Locale.ROOT,
        "%-18s%s%s%n",
        "overall",
        " ".repeat(8 * languages.size()),
        percent(report.overall()));
  }

  private static String percent(double score) {
    return String.format(Locale.ROOT, " %6.1f%%", score * 100);
  }

  private static void printMisses(PrintWriter out, Evaluation.Report report) {
    if (report.misses().isEmpty() && report.unmatchedGold().isEmpty()) {
      return;
    }
    out.println();
    out.println("misses:");
    for (String source : report.unmatchedGold()) {
      out.printf(Locale.ROOT, "  %s: no record (refused or not given), every field%n", source);
    }
    for (Evaluation.Miss miss : report.misses()) {
      out.printf(
          Locale.ROOT,
          "  %s %s: expected %s, got %s%n",
          miss.source(),
          miss.field(),
          miss.expected(),
          miss.actual());
    }
  }

  private static String fileName(String source) {
    String path = source == null ? "" : source.replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The files given, with the files of the directories given, each directory in path order. */
  private List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isDirectory(file)) {
        documents.add(file);
        continue;
      }
      try (Stream<Path> walk = Files.walk(file)) {
        walk.filter(Files::isRegularFile)
            .filter(path -> !path.getFileName().toString().startsWith("."))
            .filter(path -> !isGold(path))
            .sorted()
            .forEach(documents::add);
      }
    }
    return documents;
  }

  private boolean isGold(Path path) {
    try {
      return Files.isSameFile(path, gold);
    } catch (IOException e) {
      return false;
    }
  }

  private List<DocumentRecord> readGold() throws IOException {
    try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      return RecordJson.readLines(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("gold file not found: " + gold, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(gold + ": " + e.getMessage(), e);
    }
  }
}
