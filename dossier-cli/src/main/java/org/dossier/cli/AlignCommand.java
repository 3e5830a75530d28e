package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.dossier.align.Aligner;
import org.dossier.align.Alignment;
import org.dossier.align.Beads;
import org.dossier.align.Sentence;
import org.dossier.align.SentenceSplitter;
import org.dossier.align.Tmx;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier align}: two texts aligned sentence by sentence — two UTF-8 files, or two language
 * versions of a catalogued document ({@code --symbol}, computed once and kept) — printed as bead
 * lines, tab-separated pairs or a TMX 1.4b translation memory.
 */
@Command(
    name = "align",
    description =
        "Align two language versions sentence by sentence: FILE_A FILE_B, or --symbol SYMBOL from"
            + " the catalogue.")
final class AlignCommand implements Callable<Integer> {
  /** What to print. */
  enum Output {
    beads,
    tsv,
    tmx
  }

  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(
      arity = "0..2",
      paramLabel = "FILE",
      description = "The two versions (UTF-8 text), source then target.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--symbol",
      paramLabel = "SYMBOL",
      description = "Align a catalogued document's versions instead of files.")
  String symbol;

  @Option(
      names = "--langs",
      required = true,
      paramLabel = "A,B",
      description =
          "The languages of source and target (ISO 639-1, e.g. en,fr); with files, languages"
              + " outside the six are aligned by their language-independent signals.")
  String languages;

  @Option(
      names = "--presplit",
      description = "The files hold one sentence per line (bead indices are 0-based line numbers).")
  boolean presplit;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "beads (default: one bead per line, [i, j]:[k]), tsv (source TAB target) or tmx (TMX"
              + " 1.4b).")
  Output format = Output.beads;

  @Override
  public Integer call() throws IOException {
    String[] pair = languagePair();
    if (symbol == null && files.size() != 2) {
      throw new ParameterException(
          spec.commandLine(), "expected two files (FILE_A FILE_B) or --symbol SYMBOL");
    }
    if (symbol != null && !files.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give either two files or --symbol, not both");
    }
    Alignment alignment = symbol == null ? ofFiles(pair) : ofCatalogue(pair);
    print(alignment, spec.commandLine().getOut());
    return 0;
  }

  private String[] languagePair() {
    String[] pair = languages.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*");
    if (pair.length != 2
        || !LANGUAGE_CODE.matcher(pair[0]).matches()
        || !LANGUAGE_CODE.matcher(pair[1]).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "--langs: expected two language codes separated by a comma, e.g. en,fr; got '"
              + languages
              + "'");
    }
    return pair;
  }

  private Alignment ofFiles(String[] pair) throws IOException {
    List<Sentence> source = sentences(files.get(0), pair[0]);
    List<Sentence> target = sentences(files.get(1), pair[1]);
    return new Alignment(
        files.get(0).getFileName().toString(),
        pair[0],
        pair[1],
        source,
        target,
        Aligner.forLanguages(pair[0], pair[1]).alignSentences(source, target));
  }

  private Alignment ofCatalogue(String[] pair) {
    Language source = official(pair[0]);
    Language target = official(pair[1]);
    try (Installation installation = data.open()) {
      return installation.alignments().of(symbol, source, target);
    }
  }

  private Language official(String code) {
    return Language.fromCode(code)
        .orElseThrow(() ->
            new ParameterException(
                spec.commandLine(),
                "--langs: catalogued documents are in ar, zh, en, fr, es or ru; got '"
                    + code
                    + "'"));
  }

  private List<Sentence> sentences(Path file, String language) throws IOException {
    String text = read(file);
    if (!presplit) {
      return SentenceSplitter.forLanguage(language).split(text);
    }
    List<Sentence> lines = new ArrayList<>();
    text.lines().forEach(line -> lines.add(new Sentence(line.strip(), -1)));
    return lines;
  }

  private static String read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": expected UTF-8 text, found bytes that are not UTF-8", e);
    }
  }

  private void print(Alignment alignment, PrintWriter out) {
    switch (format) {
      case beads -> out.print(Beads.format(alignment.beads()));
      case tsv ->
          alignment
              .pairs()
              .forEach(pair ->
                  out.println(oneLine(pair.sourceText()) + "\t" + oneLine(pair.targetText())));
      case tmx -> Tmx.write(out, List.of(alignment), Installation.dossierVersion());
    }
    out.flush();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }
}
