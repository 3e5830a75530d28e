package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.VersionInput;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;

/**
 * Measures the catalogue's provisional matcher on a generated corpus whose versions all lack their
 * symbol and arrive in shuffled order: the generator knows which versions belong together, so every
 * catalogued document is checked against it. Reports wrong merges (a document holding versions of
 * two generated documents, which must never happen), how many catalogued documents the generated
 * ones became, and how many versions were left on their own.
 *
 * <p>Usage: {@code MatchingRun [--docs 1500] [--seed 7] [--work DIR]}.
 */
public final class MatchingRun {
  /** The matcher's job-number window (ProvisionalMatcher.JOB_WINDOW, package-private there). */
  private static final int WINDOW = 10;

  private MatchingRun() {}

  /** How far apart the job numbers of a document's language versions are. */
  private static int jobSpan(GeneratedDocument document) {
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;
    for (GeneratedVersion version : document.versions()) {
      String job = version.truth().jobNumber();
      int dash = job.indexOf('-');
      int number = Integer.parseInt(job.substring(dash + 1, dash + 6));
      lowest = Math.min(lowest, number);
      highest = Math.max(highest, number);
    }
    return highest - lowest;
  }

  public static void main(String[] args) throws Exception {
    int docs = 1500;
    long seed = 7;
    Path work = Files.createTempDirectory("dossier-matching");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    // The report is this program's product; System.out is kept for the CLI by the build's rules.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);

    List<VersionInput> inputs = new ArrayList<>();
    List<GeneratedDocument> documents = new CorpusGenerator(seed).documents(docs).toList();
    int[] jobSpans = new int[documents.size()];
    for (int d = 0; d < documents.size(); d++) {
      jobSpans[d] = jobSpan(documents.get(d));
      for (GeneratedVersion version : documents.get(d).versions()) {
        String source = "doc" + d + "/" + version.language().code();
        byte[] bytes = (source + "\n" + version.text()).getBytes(UTF_8);
        inputs.add(
            new VersionInput(
                version.truthWithoutSymbols(source),
                version.text(),
                OriginalFile.of(bytes, source + ".txt", "text/plain")));
      }
    }
    Collections.shuffle(inputs, new Random(seed));

    long started = System.nanoTime();
    int catalogued = 0;
    int single = 0;
    int singleWideSpan = 0;
    int wrongMerges = 0;
    List<String> examples = new ArrayList<>();
    try (Catalogue catalogue = Catalogue.open(work.resolve("catalogue"))) {
      catalogue.putAll(inputs);
      List<CataloguedDocument> page = catalogue.documents(DocumentFilter.ALL, 0, 500);
      while (!page.isEmpty()) {
        for (CataloguedDocument document : page) {
          catalogued++;
          List<CataloguedVersion> versions = catalogue.currentVersions(document.id());
          Set<String> origins = new TreeSet<>();
          for (CataloguedVersion version : versions) {
            String source = version.record().source();
            origins.add(source.substring(0, source.indexOf('/')));
          }
          if (versions.size() == 1) {
            single++;
            String source = versions.getFirst().record().source();
            if (jobSpans[Integer.parseInt(source.substring(3, source.indexOf('/')))] > WINDOW) {
              singleWideSpan++;
            }
          }
          if (origins.size() > 1) {
            wrongMerges++;
            if (examples.size() < 10) {
              examples.add(document.key() + " holds versions of " + origins);
            }
          }
        }
        page = catalogue.documents(DocumentFilter.ALL, page.getLast().id(), 500);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "%d generated documents, %d versions without symbols, shuffled (seed %d)%n",
        documents.size(),
        inputs.size(),
        seed);
    out.printf(
        Locale.ROOT,
        "catalogued documents %d (%.2f per generated document), versions left alone %d (%.1f %%)%n",
        catalogued,
        catalogued / (double) documents.size(),
        single,
        100.0 * single / inputs.size());
    out.printf(
        Locale.ROOT,
        "of the versions left alone, %d belong to documents whose job numbers span more than %d%n",
        singleWideSpan,
        WINDOW);
    out.printf(Locale.ROOT, "wrong merges %d; catalogued in %.1f s%n", wrongMerges, seconds);
    examples.forEach(out::println);
  }
}
