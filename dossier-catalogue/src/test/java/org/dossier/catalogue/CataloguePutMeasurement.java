package org.dossier.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.DocumentRecord.SessionRef;
import org.dossier.model.Language;

/**
 * A measurement, not a test: puts synthetic six-language documents into a fresh SQLite catalogue
 * and reports versions put per second and catalogue bytes per document. Run with the test class
 * path: {@code java -cp … org.dossier.catalogue.CataloguePutMeasurement [versions] [batch size]
 * [directory]}; a batch size of 1 puts each version in its own transaction.
 */
public final class CataloguePutMeasurement {
  private static final int TEXT_CHARS = 6_000;

  private CataloguePutMeasurement() {}

  public static void main(String[] arguments) throws IOException {
    int versions = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 10_000;
    int batchSize = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1;
    Path directory =
        arguments.length > 2
            ? Path.of(arguments[2])
            : Files.createTempDirectory("catalogue-measurement");
    Random random = new Random(42);
    List<DocumentRecord> records = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; records.size() < versions; i++) {
      for (Language language : Language.values()) {
        if (records.size() < versions) {
          records.add(record(i, language, random));
          texts.add(text(random));
        }
      }
    }

    // The machine may be shared: CPU time of this thread (SQLite runs in it) shows the cost apart
    // from waiting for the processor and the disk.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    try (Catalogue catalogue = Catalogue.open(directory.resolve("catalogue"))) {
      List<VersionInput> batch = new ArrayList<>();
      for (int i = 0; i < records.size(); i++) {
        DocumentRecord record = records.get(i);
        byte[] file = (record.source() + "\n" + texts.get(i)).getBytes(StandardCharsets.UTF_8);
        batch.add(
            new VersionInput(
                record, texts.get(i), OriginalFile.of(file, record.source(), "text/plain")));
        if (batch.size() == batchSize || i == records.size() - 1) {
          catalogue.putAll(batch);
          batch.clear();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      Counts counts = catalogue.counts();
      catalogue.close();
      long bytes = sizeOf(directory.resolve("catalogue"));
      System.out.printf(
          Locale.ROOT,
          "%d versions of %d documents in batches of %d in %.1f s: %.0f versions/s,"
              + " %.2f CPU ms/version; catalogue %d bytes, %.0f bytes/document,"
              + " %.0f bytes/version (clean text %d chars a version)%n",
          counts.revisions(),
          counts.documents(),
          batchSize,
          seconds,
          counts.revisions() / seconds,
          cpuMillis / counts.revisions(),
          bytes,
          (double) bytes / counts.documents(),
          (double) bytes / counts.revisions(),
          TEXT_CHARS);
    }
  }

  private static DocumentRecord record(int document, Language language, Random random) {
    int session = 40 + document % 7;
    String symbol = "A/HRC/" + session + "/" + (1 + document / 7);
    DocumentRecord.Builder builder =
        DocumentRecord.builder(symbol.replace('/', '_') + "-" + language.code() + ".txt")
            .symbol(symbol)
            .addSymbol(symbol)
            .language(language)
            .originalLanguage(Language.EN)
            .organ("General Assembly")
            .body("Human Rights Council")
            .session(new SessionRef(session, LocalDate.of(2019, 2, 25), LocalDate.of(2019, 3, 22)))
            .addAgendaItem(new AgendaRef(1 + random.nextInt(10), "Agenda item title " + language))
            .issueDate(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365)))
            .docType(DocType.REPORT)
            .title("Report number " + document + " in " + language)
            .jobNumber("GE.20-" + (10_000 + document) + "(" + language.code() + ")");
    for (int c = 0; c < 3; c++) {
      String cited = "A/HRC/RES/" + (1 + random.nextInt(45)) + "/" + (1 + random.nextInt(30));
      builder.addCitation(new Citation("resolution " + cited, cited));
    }
    return builder.build();
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder(TEXT_CHARS);
    while (text.length() < TEXT_CHARS) {
      for (int i = 0, length = 3 + random.nextInt(8); i < length; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(random.nextInt(12) == 0 ? ".\n" : " ");
    }
    return text.toString();
  }

  private static long sizeOf(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(CataloguePutMeasurement::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
