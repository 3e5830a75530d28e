package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.Test;

/**
 * Parses what the synthetic generator writes, in six languages and four formats with realistic
 * noise, and compares every field with the truth the generator knows.
 */
class RoundTripTest {
  private static final long SEED = 4242;
  private static final int DOCUMENTS = 40;
  private static final double REQUIRED = 0.99;

  @Test
  void parsedRecordsMatchTheGeneratorsTruth() throws Exception {
    DocumentParser parser = DocumentParser.create();
    Format[] formats = Format.values();
    List<DocumentRecord> truth = new ArrayList<>();
    List<DocumentRecord> parsed = new ArrayList<>();
    int n = 0;
    for (GeneratedDocument document : new CorpusGenerator(SEED).documents(DOCUMENTS).toList()) {
      for (GeneratedVersion version : document.versions()) {
        Format format = formats[n++ % formats.length];
        if (!version.renders(format)) {
          format = formats[n++ % formats.length];
        }
        String name = version.fileName(format);
        truth.add(version.truth(name));
        parsed.add(parser.parse(name, version.render(format)).record());
      }
    }

    Evaluation.Report report = Evaluation.evaluate(truth, parsed);

    assertThat(report.fields())
        .as(describe(report))
        .allSatisfy(
            field -> assertThat(field.score()).as(field.field()).isGreaterThanOrEqualTo(REQUIRED));
  }

  private static String describe(Evaluation.Report report) {
    StringBuilder text = new StringBuilder();
    for (Evaluation.FieldScore field : report.fields()) {
      text.append(
          String.format(Locale.ROOT, "%-18s %6.1f%%%n", field.field(), field.score() * 100));
    }
    report.misses().stream()
        .limit(40)
        .forEach(miss ->
            text.append(miss.source())
                .append(' ')
                .append(miss.field())
                .append(": expected ")
                .append(miss.expected())
                .append(", got ")
                .append(miss.actual())
                .append('\n'));
    return text.toString();
  }
}
