package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class RenderingTest {
  private static final List<GeneratedDocument> CORPUS =
      new CorpusGenerator(99).documents(120).toList();
  private static final Pattern MARKUP = Pattern.compile("<[^>]+>|\\*\\*|\\\\");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern PRINTED_HYPHEN =
      Pattern.compile("(\\p{Ll}\u00AD?)- ?\n(\u00AD?\\p{Ll})");

  /**
   * The text with markup, footnote marks, hyphens and all whitespace removed, for order-only
   * matching: a compound broken at its hyphen at a line end looks like a printer's break.
   */
  private static String squeezed(String text) {
    String plain =
        MARKUP.matcher(text).replaceAll("").replace("&amp;", "&").replace("*", "").replace("-", "");
    return SPACE.matcher(plain).replaceAll("");
  }

  /** The text without what PDF extraction adds: see {@link Noise#printed()}. */
  private static String unprinted(String text) {
    return PRINTED_HYPHEN
        .matcher(text)
        .replaceAll("$1$2")
        .replace("\n__________\n", "\n")
        .replace("ﬁ", "fi")
        .replace("ﬂ", "fl")
        .replace("\u00AD", "")
        .replace("\u200F", "")
        .replace('\u00A0', ' ');
  }

  private static void assertTitleIn(GeneratedVersion version, String rendered) {
    String title = version.truth().title();
    assertThat(squeezed(rendered)).as(version.fileName(Format.TXT)).contains(squeezed(title));
  }

  @Test
  void plainTextMarkdownAndHtmlContainTheTitleAsWordsInOrder() {
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        assertTitleIn(version, unprinted(version.renderedText()));
        assertTitleIn(version, new String(version.render(Format.MARKDOWN), StandardCharsets.UTF_8));
        assertTitleIn(version, new String(version.render(Format.HTML), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void wordDocumentsOpenWithPoiAndContainTitleAndJobNumber() throws IOException {
    for (GeneratedDocument document : CORPUS.subList(0, 5)) {
      for (GeneratedVersion version : document.versions()) {
        try (XWPFDocument docx =
                new XWPFDocument(new ByteArrayInputStream(version.render(Format.DOCX)));
            XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
          String text = extractor.getText();
          assertTitleIn(version, text);
          assertThat(text).contains(version.truth().jobNumber());
        }
      }
    }
  }

  @Test
  void pdfsOpenWithPdfBoxAndContainTitleAndJobNumberForLatinAndCyrillicVersions()
      throws IOException {
    int written = 0;
    for (GeneratedDocument document : CORPUS.subList(0, 5)) {
      for (GeneratedVersion version : document.versions()) {
        if (version.language() == Language.AR || version.language() == Language.ZH) {
          assertThat(version.renders(Format.PDF)).isFalse();
          continue;
        }
        if (!version.renders(Format.PDF)) {
          continue; // an annex reproduced in Arabic or Chinese
        }
        try (PDDocument pdf = Loader.loadPDF(version.render(Format.PDF))) {
          String text = new PDFTextStripper().getText(pdf);
          assertTitleIn(version, text);
          assertThat(text).contains(version.truth().jobNumber());
          written++;
        }
      }
    }
    assertThat(written).isGreaterThan(10);
  }

  @Test
  void anArabicPdfIsRefusedWithTheFileNamed() {
    GeneratedVersion arabic = CORPUS.getFirst().version(Language.AR);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> arabic.render(Format.PDF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(arabic.fileName(Format.PDF))
        .hasMessageContaining("Latin and Cyrillic");
  }

  @Test
  void plainTextDecodesBackFromItsRecordedEncoding() {
    Set<String> charsets = new HashSet<>();
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        String decoded = new String(version.render(Format.TXT), version.textCharset());
        assertThat(decoded).isEqualTo(version.renderedText());
        charsets.add(version.textCharset().name());
      }
    }
    assertThat(charsets)
        .contains("UTF-8", "UTF-16", "windows-1252", "windows-1251", "windows-1256", "GB18030");
  }

  @Test
  void noiseNeverChangesTheWords() {
    int pageBreaks = 0;
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        if (version.renderedText().contains("\f")) {
          pageBreaks++;
          String job = version.truth().jobNumber();
          assertThat(version.renderedText())
              .contains(job.substring(0, job.indexOf('(')).strip() + "\n\f");
        }
        // A page break is the running footer, a form feed, the running header and the page number.
        String pages = "[^\n]*\n\f[^\n]*\n\n\\d+\n";
        String noisy = squeezed(unprinted(version.renderedText().replaceAll(pages, "")));
        assertThat(noisy).isEqualTo(squeezed(version.text()));
      }
    }
    assertThat(pageBreaks).isPositive();
  }

  @Test
  void someTextsLookExtractedFromPdf() {
    int printed = 0;
    int sideBySide = 0;
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        String text = version.renderedText();
        if (text.contains("\u00AD") || text.contains("\u200F") || text.contains("__________")) {
          printed++;
        }
        if (text.contains(" Distr")) {
          sideBySide++;
        }
      }
    }
    assertThat(printed).isPositive();
    assertThat(sideBySide).isPositive();
  }

  @Test
  void withoutNoiseThePlainTextIsTheCleanText() {
    GeneratedVersion version =
        new CorpusGenerator(99)
            .withNoise(false)
            .documents(1)
            .toList()
            .getFirst()
            .version(Language.EN);
    assertThat(version.renderedText()).isEqualTo(version.text());
  }

  @Test
  void frenchOrdinalFirstIsSuperscriptInMarkdown() {
    boolean seen = false;
    for (GeneratedDocument document : new CorpusGenerator(5).documents(300).toList()) {
      GeneratedVersion french = document.version(Language.FR);
      if (french.text().contains(" 1er ")) {
        seen = true;
        assertThat(new String(french.render(Format.MARKDOWN), StandardCharsets.UTF_8))
            .contains("1<sup>er</sup>")
            .doesNotContain(" 1er ");
      }
    }
    assertThat(seen).isTrue();
  }

  @Test
  void fileNamesFollowTheLibraryRule() {
    GeneratedVersion version = CORPUS.getFirst().version(Language.FR);
    assertThat(version.fileName(Format.MARKDOWN))
        .isEqualTo(
            CORPUS.getFirst().symbol().replace('/', '_').replace(' ', '_').replace('*', '!')
                + "-FR.md");
  }
}
