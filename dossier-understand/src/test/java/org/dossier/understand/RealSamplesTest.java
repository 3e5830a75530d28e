package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Real UN documents the parser was not written from ({@code ../shared/samples/real}, see its
 * SOURCES.md): six General Assembly resolutions of the eightieth session as extracted by another
 * project (front matter, raw PDF lines or reflowed Markdown) and the OCR text layer of a 1971
 * draft. The gold was written by hand from reading each file; titles, agenda titles, annex titles
 * and footnotes are kept as SHA-256 digests so that no sample prose is copied into the project.
 * Every field is judged, citations included: the documents each file cites were listed by hand
 * (docs/evaluation.md says what counts as a citation).
 */
class RealSamplesTest {
  private final DocumentParser parser = DocumentParser.create();

  private DocumentRecord parse(String name) throws Exception {
    return parser.parse(Shared.path("samples/real/en/" + name)).record();
  }

  private List<DocumentRecord> parsedEnglishSamples() throws Exception {
    List<DocumentRecord> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.list(Shared.path("samples/real/en"))) {
      for (Path file : files.sorted().toList()) {
        parsed.add(comparable(parser.parse(file).record()));
      }
    }
    return parsed;
  }

  /** Prose digested as in the gold. */
  private static DocumentRecord comparable(DocumentRecord record) {
    DocumentRecord r = SamplesTest.withDigestedTitles(record);
    List<DocumentRecord.AgendaRef> agendaItems =
        r.agendaItems().stream()
            .map(item ->
                new DocumentRecord.AgendaRef(item.number(), SamplesTest.digest(item.title())))
            .toList();
    return new DocumentRecord(
        r.source(),
        r.symbol(),
        r.symbols(),
        r.language(),
        r.originalLanguage(),
        r.organ(),
        r.body(),
        r.session(),
        agendaItems,
        r.distribution(),
        r.issueDate(),
        r.docType(),
        r.title(),
        r.titleDate(),
        r.sender(),
        r.addressee(),
        r.country(),
        r.jobNumber(),
        r.annexes(),
        r.citations(),
        r.footnotes().stream().map(SamplesTest::digest).toList(),
        r.warnings());
  }

  private static List<DocumentRecord> gold() throws IOException {
    try (Reader in =
        new InputStreamReader(
            RealSamplesTest.class.getResourceAsStream("real-samples-gold.jsonl"),
            StandardCharsets.UTF_8)) {
      return RecordJson.readLines(in);
    }
  }

  @Test
  void everyFieldOfEveryEnglishSampleIsRight() throws Exception {
    Evaluation.Report report = Evaluation.evaluate(gold(), parsedEnglishSamples());

    assertThat(report.documents()).isEqualTo(7);
    assertThat(report.unmatchedGold()).isEmpty();
    assertThat(report.misses()).isEmpty();
    assertThat(report.belowGate(1.0)).isEmpty();
  }

  @Test
  void theFrontMatterIsSkippedWithAPositionedWarningAndNothingElseIsWarnedOf() throws Exception {
    DocumentRecord resolution = parse("A_RES_80_1-en.txt");

    // The adoption line's "on 19 September 2025" is not an unreadable session date.
    assertThat(resolution.warnings())
        .singleElement()
        .satisfies(warning -> {
          assertThat(warning.code()).isEqualTo("frontmatter.skipped");
          assertThat(warning.line()).isEqualTo(1);
          assertThat(warning.message()).contains("lines 1-10");
        });
  }

  @Test
  void aReflowedResolutionWithoutItsSymbolLineGetsItFromItsNumberAndSaysSo() throws Exception {
    DocumentRecord resolution = parse("A_RES_80_12-en.md");

    assertThat(resolution.symbol()).isEqualTo("A/RES/80/12");
    assertThat(resolution.agendaItems())
        .extracting(DocumentRecord.AgendaRef::number)
        .containsExactly(90);
    assertThat(resolution.warnings())
        .extracting(DocumentRecord.Warning::code)
        .contains("symbol.inferred");
  }

  @Test
  void theOcrDraftOf1971GivesItsMastheadDespiteTheNoise() throws Exception {
    DocumentRecord draft = parse("A_L.632-en.pdf");

    assertThat(draft.symbol()).isEqualTo("A/L.632");
    assertThat(draft.distribution()).isEqualTo(Distribution.LIMITED);
    assertThat(draft.issueDate()).isEqualTo(LocalDate.of(1971, 9, 29));
    assertThat(draft.originalLanguage()).isEqualTo(Language.EN);
    // What was read through the noise is said, with where.
    assertThat(draft.warnings())
        .extracting(DocumentRecord.Warning::code)
        .containsExactlyInAnyOrder(
            "masthead.session", "masthead.noise", "masthead.noise", "masthead.date");
    assertThat(draft.warnings()).allSatisfy(warning -> assertThat(warning.line()).isGreaterThan(1));
  }

  @Test
  void theScannedRussianResolutionIsRefusedForWantOfATextLayer() {
    Path scan = Shared.path("samples/real/ru/A_RES_2758(XXVI)-ru.pdf");

    assertThatThrownBy(() -> parser.parse(scan))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage(scan + ": no text layer: a scanned image, it needs OCR");
  }
}
