package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.model.DocumentRecord;
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
 * against the gold records (paired by file name): exact match for scalar fields, set F1 for lists;
 * then lists every miss.
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

  @Option(
      names = "--min-accuracy",
      paramLabel = "FRACTION",
      description = "Exit with 1 when the overall accuracy is below this (0 to 1).")
  double minAccuracy = 0;

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
    DocumentParser parser = DocumentParser.create();
    List<DocumentRecord> parsed = new ArrayList<>();
    for (Path file : documents()) {
      try {
        parsed.add(parser.parse(file).record());
      } catch (UnreadableDocumentException e) {
        err.println("dossier: " + e.getMessage());
      }
    }
    Evaluation.Report report = Evaluation.evaluate(expected, parsed);
    out.printf(Locale.ROOT, "%-18s %8s%n", "field", "accuracy");
    for (Evaluation.FieldScore field : report.fields()) {
      out.printf(Locale.ROOT, "%-18s %7.1f%%%n", field.field(), field.score() * 100);
    }
    out.printf(
        Locale.ROOT,
        "%-18s %7.1f%%  (%d documents)%n",
        "overall",
        report.overall() * 100,
        report.documents());
    if (!report.misses().isEmpty()) {
      out.println();
      out.println("misses:");
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
    for (String source : report.unmatchedGold()) {
      err.println("dossier: no parsed file for gold record " + source);
    }
    out.flush();
    return report.overall() + 1e-9 < minAccuracy ? 1 : 0;
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
