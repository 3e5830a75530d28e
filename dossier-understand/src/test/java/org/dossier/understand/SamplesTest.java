package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The two shared sample documents parse with every field right. Their prose stays out of the
 * project: the gold file holds the titles as SHA-256 digests, and the parsed titles are digested
 * the same way before comparison.
 */
class SamplesTest {
  private final DocumentParser parser = DocumentParser.create();

  private List<DocumentRecord> parsedSamples() throws Exception {
    List<DocumentRecord> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.list(Shared.path("samples/seeds"))) {
      for (Path file : files.sorted().toList()) {
        parsed.add(withDigestedTitles(parser.parse(file).record()));
      }
    }
    return parsed;
  }

  private static List<DocumentRecord> gold() throws IOException {
    try (Reader in =
        new InputStreamReader(
            SamplesTest.class.getResourceAsStream("samples-gold.jsonl"), StandardCharsets.UTF_8)) {
      return RecordJson.readLines(in);
    }
  }

  @Test
  void everyFieldOfBothSamplesMatchesTheGold() throws Exception {
    Evaluation.Report report = Evaluation.evaluate(gold(), parsedSamples());

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.misses()).isEmpty();
    assertThat(report.overall()).isEqualTo(1.0);
  }

  @Test
  void theFrenchVersionKeepsItsEnglishAnnexReproducedAsReceived() throws Exception {
    DocumentRecord french = parsedSamples().get(1);

    assertThat(french.symbol()).isNull();
    assertThat(french.language()).isEqualTo(Language.FR);
    assertThat(french.originalLanguage()).isEqualTo(Language.EN);
    assertThat(french.annexes())
        .singleElement()
        .satisfies(annex -> {
          assertThat(annex.language()).isEqualTo(Language.EN);
          assertThat(annex.reproducedAsReceived()).isTrue();
        });
    assertThat(french.addressee()).startsWith("au Haut-Commissariat");
  }

  @Test
  void theEnglishOriginalHasNoOriginalLineAndIsItsOwnOriginal() throws Exception {
    DocumentRecord english = parsedSamples().getFirst();

    assertThat(english.language()).isEqualTo(Language.EN);
    assertThat(english.originalLanguage()).isEqualTo(Language.EN);
    assertThat(english.warnings()).isEmpty();
  }

  static DocumentRecord withDigestedTitles(DocumentRecord r) {
    List<DocumentRecord.Annex> annexes =
        r.annexes().stream()
            .map(a ->
                new DocumentRecord.Annex(digest(a.title()), a.language(), a.reproducedAsReceived()))
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
        r.agendaItems(),
        r.distribution(),
        r.issueDate(),
        r.docType(),
        digest(r.title()),
        r.titleDate(),
        r.sender(),
        r.addressee(),
        r.country(),
        r.jobNumber(),
        annexes,
        r.citations(),
        r.footnotes(),
        r.warnings());
  }

  static String digest(String text) {
    if (text == null) {
      return null;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
