package org.dossier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dossier generate --docs N --out DIR}: writes a synthetic corpus under {@code DIR/docs},
 * one directory per body and session ({@code docs/hrc/43/A_HRC_43_G_17-FR.md}), and beside it
 * {@code DIR/gold.jsonl}, the true record of every file written, its {@code source} the file's path
 * relative to DIR. {@code DIR/manifest.tsv} gives each file's encoding (plain text comes in
 * several) and the truth fields whose printed text the generator invented (agenda titles not
 * attested in a language), comma-separated. The documents have a folder of their own so that {@code
 * dossier import DIR/docs} reads documents only.
 */
@Command(
    name = "generate",
    description = "Write synthetic UN documents in six languages, with their true records.")
final class GenerateCommand implements Callable<Integer> {
  /** The folder of DIR holding the documents, apart from the generator's own files. */
  static final String DOCS = "docs";

  @Spec CommandSpec spec;

  int docs;

  @Option(names = "--docs", required = true, paramLabel = "N", description = "How many documents.")
  void docs(int value) {
    docs = Ranges.atLeast(spec, "--docs", value, 0);
  }

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "F",
      description =
          "txt, md, html, docx, pdf, comma-separated (default txt); pdf is written for"
              + " versions in the Latin and Cyrillic scripts only.")
  List<String> formats;

  @Option(
      names = "--languages",
      split = ",",
      paramLabel = "L",
      description = "ar, zh, en, fr, es, ru, comma-separated (default all six).")
  List<String> languages;

  @Option(
      names = "--clean",
      description = "Render without noise (no wrapped lines or page headers).")
  boolean clean;

  @Override
  public Integer call() throws IOException {
    List<Format> wanted = parseFormats();
    CorpusGenerator generator = new CorpusGenerator(seed).withNoise(!clean);
    if (languages != null) {
      generator = generator.withLanguages(parseLanguages());
    }
    Files.createDirectories(out);
    Path documentsFolder = out.resolve(DOCS);
    int files = 0;
    try (BufferedWriter gold =
            Files.newBufferedWriter(out.resolve("gold.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter manifest =
            Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      manifest.write("source\tencoding\tunverified\n");
      Iterator<GeneratedDocument> documents = generator.documents(docs).iterator();
      while (documents.hasNext()) {
        GeneratedDocument document = documents.next();
        String directory = DOCS + "/" + directory(document);
        Files.createDirectories(out.resolve(directory));
        for (GeneratedVersion version : document.versions()) {
          for (Format format : wanted) {
            if (!version.renders(format)) {
              continue;
            }
            String source = directory + "/" + version.fileName(format);
            Files.write(out.resolve(source), version.render(format));
            gold.write(RecordJson.toJsonLine(version.truth(source)));
            gold.write('\n');
            String encoding =
                switch (format) {
                  case TXT -> version.textCharset().name();
                  case DOCX, PDF -> "binary";
                  default -> "UTF-8";
                };
            manifest.write(
                source + "\t" + encoding + "\t" + String.join(",", version.unverified()) + "\n");
            files++;
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %d documents, %d files to %s and gold.jsonl to %s%n",
            docs,
            files,
            documentsFolder,
            out);
    return 0;
  }

  /** {@code hrc/43}, {@code ga/75}, {@code sc/2020}, {@code ecosoc/2020}. */
  private static String directory(GeneratedDocument document) {
    String body =
        switch (document.session().body()) {
          case HUMAN_RIGHTS_COUNCIL -> "hrc";
          case GENERAL_ASSEMBLY -> "ga";
          case SECURITY_COUNCIL -> "sc";
          case ECONOMIC_AND_SOCIAL_COUNCIL -> "ecosoc";
          default -> document.session().body().name().toLowerCase(Locale.ROOT);
        };
    return body + "/" + document.session().designation();
  }

  private List<Format> parseFormats() {
    List<Format> parsed = new ArrayList<>();
    for (String name : formats == null ? List.of("txt") : formats) {
      try {
        Format format = Format.fromName(name);
        if (!parsed.contains(format)) {
          parsed.add(format);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--formats: " + e.getMessage());
      }
    }
    return parsed;
  }

  private Set<Language> parseLanguages() {
    Set<Language> parsed = EnumSet.noneOf(Language.class);
    for (String code : languages) {
      parsed.add(
          Language.fromCode(code)
              .orElseThrow(() ->
                  new ParameterException(
                      spec.commandLine(),
                      "--languages: unknown language '"
                          + code
                          + "'; expected ar, zh, en, fr, es or ru")));
    }
    return parsed;
  }
}
