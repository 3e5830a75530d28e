package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One invented document per official language (a multi-page English letter with running headers, a
 * Word-Markdown French note verbale with an English annex, and notes verbales in the other four
 * languages) and identical letters under a joint General Assembly and Security Council masthead as
 * extracted from PDF (two-column lines, hyphenation, ligatures, a two-page running header), each
 * parsed with every field as in {@code fixtures/gold.jsonl}.
 */
class FixturesTest {
  private static final String DIRECTORY = "/org/dossier/understand/fixtures/";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "en-letter.txt",
        "fr-note-verbale.md",
        "es-note-verbale.txt",
        "ru-note-verbale.txt",
        "ar-note-verbale.txt",
        "zh-note-verbale.txt",
        "en-joint-identical-letters.txt",
        "zh-joint-identical-letters.txt"
      })
  void everyFieldIsRight(String fixture) throws Exception {
    DocumentRecord gold =
        gold().stream().filter(r -> r.source().equals(fixture)).findFirst().orElseThrow();
    ParsedDocument parsed = DocumentParser.create().parse(fixture, bytes(fixture));

    Evaluation.Report report = Evaluation.evaluate(List.of(gold), List.of(parsed.record()));

    assertThat(report.misses()).isEmpty();
    assertThat(parsed.record().warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en-letter.txt", "fr-note-verbale.md"})
  void cleanTextHasNoMastheadNorPageFurniture(String fixture) throws Exception {
    String clean = DocumentParser.create().parse(fixture, bytes(fixture)).cleanText();

    assertThat(clean)
        .doesNotContain("Distr")
        .doesNotContain("A/HRC/46/G/")
        .doesNotContain("GE.21-")
        .doesNotContain("\f")
        .doesNotContainPattern("(?m)^\\d+$");
    assertThat(clean.split("\n\n")).hasSizeGreaterThan(4);
  }

  private static List<DocumentRecord> gold() throws IOException {
    try (Reader in =
        new InputStreamReader(
            FixturesTest.class.getResourceAsStream(DIRECTORY + "gold.jsonl"),
            StandardCharsets.UTF_8)) {
      return RecordJson.readLines(in);
    }
  }

  static byte[] bytes(String fixture) throws IOException {
    try (InputStream in = FixturesTest.class.getResourceAsStream(DIRECTORY + fixture)) {
      return in.readAllBytes();
    }
  }
}
