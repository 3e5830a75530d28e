package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;

/**
 * Macro benchmark of the corpus generator: documents per second (each with its six language
 * versions) for planning, composing and the true records plus clean text, then with each rendering
 * added. Single-threaded, so figures are per core; best of {@code --rounds} after a warm-up round.
 * Usage: {@code CorpusBenchmark [--docs 5000] [--rounds 4]}.
 */
public final class CorpusBenchmark {
  private CorpusBenchmark() {}

  public static void main(String[] args) {
    int docs = 5_000;
    int rounds = 4;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // The report is this program's product; System.out is kept for the CLI by the build's rules.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    out.printf(
        Locale.ROOT,
        "%-22s %10s %12s %14s%n",
        "work per document",
        "docs/s",
        "versions/s",
        "docs/CPU-s");
    report(out, "truth + clean text", docs, rounds, version -> version.text().length());
    for (Format format : Format.values()) {
      int count = format == Format.DOCX || format == Format.PDF ? Math.max(1, docs / 20) : docs;
      report(
          out,
          "truth + " + format.extension(),
          count,
          rounds,
          version -> version.renders(format) ? version.render(format).length : 0);
    }
  }

  private static void report(
      PrintStream out, String label, int docs, int rounds, ToLongFunction<GeneratedVersion> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int round = 0; round <= rounds; round++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long sink =
          new CorpusGenerator(round)
              .documents(docs)
              .mapToLong(document -> work(document, work))
              .sum();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      if (round > 0 && sink > 0) {
        best = Math.min(best, seconds);
        bestCpu = Math.min(bestCpu, cpuSeconds);
      }
    }
    out.printf(
        Locale.ROOT,
        "%-22s %10.0f %12.0f %14.0f%n",
        label,
        docs / best,
        docs * 6 / best,
        docs / bestCpu);
  }

  private static long work(GeneratedDocument document, ToLongFunction<GeneratedVersion> work) {
    long total = 0;
    for (GeneratedVersion version : document.versions()) {
      total += work.applyAsLong(version);
    }
    return total;
  }
}
