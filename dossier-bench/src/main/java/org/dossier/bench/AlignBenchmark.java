package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dossier.align.Aligner;
import org.dossier.align.Bead;
import org.dossier.align.Sentence;
import org.dossier.align.SentenceSplitter;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.model.Language;

/**
 * Macro benchmark of sentence alignment on long documents: a synthetic report of about {@code
 * --pages} pages (3,000 characters of English a page) in the six languages, made of generated
 * documents put end to end, aligned in each of the 15 pairs by Dossier's aligner and by plain
 * Gale–Church (lengths only) in the same run. Reports sentences aligned per CPU second, the ratio
 * of the two, and the most heap each run held above what was live before it (the sum of the heap
 * pools' peaks: an upper bound, since the collector may let garbage pile up to it).
 * Single-threaded; best of {@code --rounds} after one warm-up. Usage: {@code AlignBenchmark
 * [--pages 300] [--rounds 3]}.
 */
public final class AlignBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final int CHARACTERS_PER_PAGE = 3000;

  /** One run: thread CPU seconds, and the most heap it held above what was live before it. */
  private record Cost(double cpuSeconds, long peakHeap) {}

  private AlignBenchmark() {}

  public static void main(String[] args) {
    int pages = 300;
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--pages" -> pages = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Map<Language, List<Sentence>> report = report(pages);
    // The report is this program's product; System.out is kept for the CLI by the build's rules.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    out.println(
        String.format(
            Locale.ROOT,
            "Synthetic report of %d pages: %s sentences",
            pages,
            String.join(
                ", ",
                report.entrySet().stream()
                    .map(e -> e.getKey().code() + " " + e.getValue().size())
                    .toList())));
    out.println(
        "| pair | sentences | Dossier sent./CPU-s | Gale–Church sent./CPU-s | time ratio"
            + " | Dossier peak heap MB | Gale–Church peak heap MB |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    Language[] languages = Language.values();
    double oursTotal = 0;
    double baselineTotal = 0;
    long sentencesTotal = 0;
    for (int a = 0; a < languages.length; a++) {
      for (int b = a + 1; b < languages.length; b++) {
        List<Sentence> source = report.get(languages[a]);
        List<Sentence> target = report.get(languages[b]);
        Aligner ours = Aligner.forLanguages(languages[a].code(), languages[b].code());
        Cost dossier = best(rounds, () -> ours.alignSentences(source, target));
        Cost galeChurch = best(rounds, () -> Aligner.galeChurch().alignSentences(source, target));
        int sentences = source.size() + target.size();
        oursTotal += dossier.cpuSeconds();
        baselineTotal += galeChurch.cpuSeconds();
        sentencesTotal += sentences;
        out.println(
            String.format(
                Locale.ROOT,
                "| %s–%s | %,d | %,.0f | %,.0f | %.2f | %,.0f | %,.0f |",
                languages[a].code(),
                languages[b].code(),
                sentences,
                sentences / dossier.cpuSeconds(),
                sentences / galeChurch.cpuSeconds(),
                dossier.cpuSeconds() / galeChurch.cpuSeconds(),
                dossier.peakHeap() / 1e6,
                galeChurch.peakHeap() / 1e6));
      }
    }
    out.println(
        String.format(
            Locale.ROOT,
            "| all 15 | %,d | %,.0f | %,.0f | %.2f | | |",
            sentencesTotal,
            sentencesTotal / oursTotal,
            sentencesTotal / baselineTotal,
            oursTotal / baselineTotal));
  }

  /** The fastest of {@code rounds} runs after a warm-up, by thread CPU time. */
  private static Cost best(int rounds, Supplier<List<Bead>> run) {
    run.get();
    Cost best = null;
    for (int round = 0; round < rounds; round++) {
      System.gc();
      long live = heapUsed();
      List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu = THREADS.getCurrentThreadCpuTime();
      List<Bead> beads = run.get();
      double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      long peak =
          pools.stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .mapToLong(pool -> pool.getPeakUsage().getUsed())
              .sum();
      Cost cost = new Cost(seconds, peak - live);
      if (beads.isEmpty()) {
        throw new IllegalStateException("no beads");
      }
      if (best == null || cost.cpuSeconds() < best.cpuSeconds()) {
        best = cost;
      }
    }
    return best;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * The six versions of generated documents put end to end until the English one reaches the pages
   * asked for; each version's sentences as the splitter finds them.
   */
  private static Map<Language, List<Sentence>> report(int pages) {
    Map<Language, StringBuilder> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, new StringBuilder());
    }
    var documents =
        new CorpusGenerator(2026).withNoise(false).documents(Integer.MAX_VALUE).iterator();
    while (texts.get(Language.EN).length() < (long) pages * CHARACTERS_PER_PAGE) {
      GeneratedDocument document = documents.next();
      if (document.versions().size() == Language.values().length) {
        for (Language language : Language.values()) {
          texts.get(language).append(document.version(language).text()).append('\n');
        }
      }
    }
    Map<Language, List<Sentence>> sentences = new EnumMap<>(Language.class);
    texts.forEach((language, text) ->
        sentences.put(
            language,
            new ArrayList<>(SentenceSplitter.forLanguage(language.code()).split(text.toString()))));
    return sentences;
  }
}
