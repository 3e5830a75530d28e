package org.dossier.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;
import org.dossier.model.Language;

/**
 * Writes a page as a Word document: one paragraph per block, bold where the UN prints bold, hard
 * line breaks inside long titles, the symbol as running header and the job number in the footer,
 * the annex on a page of its own.
 */
final class DocxRenderer {
  private static final Pattern FRENCH_FIRST = Pattern.compile("\\b1(er)\\b");
  private static final int TITLE_WIDTH = 55;

  private DocxRenderer() {}

  static byte[] render(Page page, Language language, String runningHeader) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (runningHeader != null) {
        document
            .createHeader(HeaderFooterType.DEFAULT)
            .createParagraph()
            .createRun()
            .setText(runningHeader);
      }
      for (Block block : page.blocks()) {
        if (block.role() == Role.FOOTER) {
          document
              .createFooter(HeaderFooterType.DEFAULT)
              .createParagraph()
              .createRun()
              .setText(block.text());
          continue;
        }
        XWPFParagraph paragraph = document.createParagraph();
        if (language == Language.AR) {
          paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        if (block.role() == Role.ANNEX_TITLE) {
          paragraph.setPageBreak(true);
        }
        List<String> lines =
            block.role() == Role.TITLE
                ? TextRenderer.wrap(block.text(), TITLE_WIDTH)
                : List.of(block.text());
        for (int i = 0; i < lines.size(); i++) {
          if (i > 0) {
            paragraph.getRuns().getLast().addBreak(BreakType.TEXT_WRAPPING);
          }
          addRuns(paragraph, lines.get(i), block.role().bold(), language);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a Word document in memory", e);
    }
  }

  /** Adds the text as runs, French ordinal suffixes ({@code 1er}) as superscript runs. */
  private static void addRuns(
      XWPFParagraph paragraph, String text, boolean bold, Language language) {
    int from = 0;
    if (language == Language.FR) {
      Matcher matcher = FRENCH_FIRST.matcher(text);
      while (matcher.find()) {
        run(paragraph, text.substring(from, matcher.start(1)), bold);
        run(paragraph, matcher.group(1), bold).setVerticalAlignment("superscript");
        from = matcher.end(1);
      }
    }
    run(paragraph, text.substring(from), bold);
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setText(text);
    return run;
  }
}
