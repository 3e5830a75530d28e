package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.understand.AkomaNtoso;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.RecordJson;
import org.dossier.understand.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier parse FILE…}: the record of each document as JSON (pretty for one input, one line
 * each for several), JSON Lines (one line each, always), Akoma Ntoso or clean text. A file that is
 * not a document is reported on standard error and the batch goes on; the exit code is then 1.
 */
@Command(
    name = "parse",
    description = "Read documents (text, Markdown, HTML, Word, PDF) and print their records.")
final class ParseCommand implements Callable<Integer> {

  /** What to write for each document. */
  enum Output {
    json,
    jsonl,
    akn,
    text
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read; - for stdin.")
  List<String> files;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "json (default; pretty for one file, one line each for several), jsonl (one line each"
              + " whatever the number of files), akn (Akoma Ntoso, AKN4UN) or text (clean text).")
  Output format = Output.json;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Write one file per document into DIR instead of standard output.")
  Path outputDir;

  @Override
  public Integer call() throws IOException {
    if (outputDir == null && (format == Output.akn || format == Output.text) && files.size() > 1) {
      throw new ParameterException(
          spec.commandLine(), "--format " + format + " with several files needs --out DIR");
    }
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentParser parser = DocumentParser.create();
    boolean pretty = files.size() == 1;
    int failed = 0;
    for (String file : files) {
      ParsedDocument document;
      try {
        document = file.equals("-") ? parser.parse("-", readStdin()) : parser.parse(Path.of(file));
      } catch (UnreadableDocumentException e) {
        err.println("dossier: " + e.getMessage());
        failed++;
        continue;
      }
      String rendered = render(document, pretty);
      if (outputDir == null) {
        out.print(rendered);
      } else {
        Files.writeString(outputDir.resolve(outputName(file)), rendered, StandardCharsets.UTF_8);
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private String render(ParsedDocument document, boolean pretty) {
    return switch (format) {
      case json ->
          pretty || outputDir != null
              ? RecordJson.toPrettyJson(document.record())
              : RecordJson.toJsonLine(document.record()) + "\n";
      case jsonl -> RecordJson.toJsonLine(document.record()) + "\n";
      case akn -> AkomaNtoso.write(document) + "\n";
      case text -> document.cleanText();
    };
  }

  private String outputName(String file) {
    String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
    return name
        + switch (format) {
          case json -> ".json";
          case jsonl -> ".jsonl";
          case akn -> ".akn.xml";
          case text -> ".txt";
        };
  }

  private static byte[] readStdin() {
    try (InputStream in = System.in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
