package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The input layer: format by content, one clear error per input that is not a document. */
class SourceFormatsTest {
  private static final List<String> PARAGRAPHS =
      List.of(
          "General Assembly",
          "Distr.: General",
          "The Permanent Mission of Kenya presents its compliments to the Office.",
          "The Mission requests that the present note be circulated.");

  private final DocumentParser parser = DocumentParser.create();

  @Test
  void pdfIsReadByContentWhateverItsName() throws Exception {
    byte[] pdf = Documents.pdf(List.of(PARAGRAPHS), null);

    ParsedDocument document = parser.parse("misnamed.txt", pdf);

    assertThat(document.format()).isEqualTo(Format.PDF);
    assertThat(document.cleanText()).contains("presents its compliments to the Office.");
  }

  @Test
  void pdfLinesWrappedWithoutATrailingSpaceKeepTheirWordsApart() throws Exception {
    // Tika reports such a line end as ignorable white space only: dropped, it glued "its" to
    // "compliments" and "Office." to "The". Kept as a line end, the paragraph's lines join as those
    // of every format do, the printer's hyphen of "pre-" included.
    byte[] pdf =
        Documents.pdfWrapped(
            List.of(
                "The Permanent Mission of Kenya presents its",
                "compliments to the Office of the High Commissioner",
                "and has the honour to transmit the report of the Office.",
                "The Mission requests that the pre-",
                "sent note be circulated."));

    ParsedDocument document = parser.parse("wrapped.pdf", pdf);

    assertThat(document.cleanText())
        .contains("presents its compliments to the Office of the High Commissioner and has")
        .containsPattern("report of the Office\\.\\s+The Mission requests")
        .contains("requests that the present note be circulated.")
        .doesNotContain("itscompliments")
        .doesNotContain("Office.The");
  }

  @Test
  void wordAndHtmlKeepTheirParagraphs() throws Exception {
    for (byte[] bytes : List.of(Documents.docx(PARAGRAPHS), Documents.html(PARAGRAPHS))) {
      ParsedDocument document = parser.parse("in", bytes);

      assertThat(document.format()).isIn(Format.WORD, Format.HTML);
      assertThat(document.record().distribution()).hasToString("General");
      assertThat(document.cleanText())
          .contains("compliments to the Office.\n\nThe Mission requests");
    }
  }

  @Test
  void emptyFileIsRefusedByName() {
    assertThatThrownBy(() -> parser.parse("empty.txt", new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("empty.txt: empty file");
  }

  @Test
  void binaryNoiseIsRefused() {
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);

    assertThatThrownBy(() -> parser.parse("noise.bin", noise))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("noise.bin: binary content");
  }

  @Test
  void encryptedPdfIsRefused() throws IOException {
    byte[] pdf = Documents.pdf(List.of(PARAGRAPHS), "secret");

    assertThatThrownBy(() -> parser.parse("locked.pdf", pdf))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("locked.pdf: encrypted PDF (password)");
  }

  @Test
  void truncatedWordDocumentIsRefused() throws IOException {
    byte[] docx = Documents.docx(PARAGRAPHS);
    byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

    assertThatThrownBy(() -> parser.parse("cut.docx", truncated))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("cut.docx: damaged Word document");
  }

  @Test
  void zipBombIsRefusedWithoutExhaustingMemory() throws IOException {
    byte[] bomb = Documents.zipBomb(16L << 20);

    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> parser.parse("bomb.docx", bomb))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("bomb.docx: Word document expands to");
  }

  @Test
  void zipThatIsNotWordIsRefused() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};

    assertThatThrownBy(() -> parser.parse("a.zip", zip))
        .hasMessage("a.zip: a ZIP archive that is not a Word document (no word/ part)");
  }

  @Test
  void guessedEncodingIsAWarningAtTheStart() throws Exception {
    byte[] bytes =
        "Distr.: General\n\nLa Misión Permanente del Perú saluda atentamente a la Oficina."
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    ParsedDocument document = parser.parse("es.txt", bytes);

    assertThat(document.record().warnings())
        .anySatisfy(warning -> {
          assertThat(warning.code()).isEqualTo("encoding.guess");
          assertThat(warning.line()).isEqualTo(1);
          assertThat(warning.message()).contains("windows-1252");
        });
    assertThat(document.cleanText()).contains("Misión Permanente del Perú");
  }

  @Test
  void markdownIsRecognisedByStructure() throws Exception {
    byte[] markdown =
        "**Assemblée générale**\n\nDistr. générale  \n3 mars 2021  \n\n**Titre****Suite**\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(parser.parse("x.txt", markdown).format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void htmlLineBreaksSeparateMastheadLines() throws Exception {
    String html =
        "<html><body><p>A/HRC/56/L.2</p><p>Distr.: Limited<br>5 July 2024</p>"
            + "<p>Human Rights Council<br>Fifty-sixth session</p><p>A title</p></body></html>";

    org.dossier.model.DocumentRecord record =
        DocumentParser.create().parse("t.html", html.getBytes(StandardCharsets.UTF_8)).record();

    assertThat(record.distribution()).isEqualTo(org.dossier.model.Distribution.LIMITED);
    assertThat(record.issueDate()).isEqualTo(java.time.LocalDate.of(2024, 7, 5));
    assertThat(record.session().number()).isEqualTo(56);
    assertThat(record.title()).isEqualTo("A title");
  }
}
