package org.dossier.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.dossier.corpus.Page.Block;

/**
 * Writes a page as a PDF with PDFBox: A4, one block after another with lines wrapped to the text
 * width, bold where the UN prints bold, the job number at the foot of the first page, the symbol as
 * running header and the page number on the following pages, the annex on a page of its own.
 *
 * <p>Fonts are embedded (subsets) from the machine: DejaVu Sans or Liberation Sans, which cover the
 * Latin and Cyrillic scripts. Arabic needs contextual shaping and right-to-left ordering that
 * PDFBox does not do, and the only Chinese fonts found (Noto CJK) have CFF outlines, which PDFBox
 * cannot embed; so Arabic and Chinese text is not written as PDF ({@link #writes}).
 */
final class PdfRenderer {
  private static final List<Path> REGULAR =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
  private static final List<Path> BOLD =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
          Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"));

  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN = 72;
  private static final float TEXT_WIDTH = SIZE.getWidth() - 2 * MARGIN;
  private static final float FONT_SIZE = 10;
  private static final float TITLE_SIZE = 12;
  private static final float LEADING = 1.35f;

  /** A fixed creation date, so that the same version renders to the same bytes. */
  private static final Calendar CREATED = created();

  private PdfRenderer() {}

  /** Whether {@code text} is in scripts this renderer can write: Latin, Cyrillic, common signs. */
  static boolean writes(String text) {
    return text.codePoints()
        .allMatch(c -> {
          Character.UnicodeScript script = Character.UnicodeScript.of(c);
          return script == Character.UnicodeScript.LATIN
              || script == Character.UnicodeScript.CYRILLIC
              || script == Character.UnicodeScript.COMMON
              || script == Character.UnicodeScript.INHERITED;
        });
  }

  static byte[] render(Page page, String runningHeader) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setCreationDate(CREATED);
      document.getDocumentInformation().setModificationDate(CREATED);
      new Writer(document, load(document, REGULAR), load(document, BOLD), runningHeader)
          .write(page);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a PDF document in memory", e);
    }
  }

  private static PDFont load(PDDocument document, List<Path> candidates) throws IOException {
    for (Path font : candidates) {
      if (Files.isReadable(font)) {
        return PDType0Font.load(document, font.toFile());
      }
    }
    throw new IllegalStateException(
        "No font to embed in PDFs on this machine; expected one of "
            + candidates
            + " (Debian packages fonts-dejavu-core or fonts-liberation)");
  }

  private static Calendar created() {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(2020, Calendar.JANUARY, 1);
    return calendar;
  }

  /** Lays the blocks out page after page. */
  private static final class Writer {
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final String runningHeader;
    private PDPageContentStream stream;
    private int pages;
    private float y;

    Writer(PDDocument document, PDFont regular, PDFont bold, String runningHeader) {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      this.runningHeader = runningHeader;
    }

    void write(Page page) throws IOException {
      newPage();
      for (Block block : page.blocks()) {
        switch (block.role()) {
          case FOOTER -> line(block.text(), regular, FONT_SIZE - 2, MARGIN - 30);
          case ANNEX_TITLE -> {
            newPage();
            paragraph(block, TITLE_SIZE);
          }
          case TITLE -> paragraph(block, TITLE_SIZE);
          default -> paragraph(block, FONT_SIZE);
        }
      }
      stream.close();
    }

    private void paragraph(Block block, float size) throws IOException {
      PDFont font = block.role().bold() ? bold : regular;
      List<String> lines = wrap(block.text(), font, size);
      for (int i = 0; i < lines.size(); i++) {
        if (y < MARGIN) {
          newPage();
        }
        // As Word's PDF export does, a wrapped line keeps the space it was broken at.
        line(i < lines.size() - 1 ? lines.get(i) + " " : lines.get(i), font, size, y);
        y -= size * LEADING;
      }
      y -= size * (LEADING - 1) * 2;
    }

    private void line(String text, PDFont font, float size, float at) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(MARGIN, at);
      stream.showText(text);
      stream.endText();
    }

    private List<String> wrap(String text, PDFont font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > TEXT_WIDTH) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(SIZE);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      pages++;
      y = SIZE.getHeight() - MARGIN;
      if (pages > 1) {
        if (runningHeader != null) {
          line(runningHeader, regular, FONT_SIZE - 1, SIZE.getHeight() - MARGIN + 30);
        }
        line(Integer.toString(pages), regular, FONT_SIZE - 1, MARGIN - 30);
      }
    }
  }
}
