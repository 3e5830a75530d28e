package org.dossier.understand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds PDF, Word and HTML test inputs from paragraphs, so tests need no binary fixtures. */
final class Documents {
  private Documents() {}

  /** A PDF with one text line per paragraph, one page per list. */
  static byte[] pdf(List<List<String>> pages, String password) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> page : pages) {
        PDPage pdfPage = new PDPage();
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(60, 720);
          for (String paragraph : page) {
            content.showText(paragraph);
            content.newLineAtOffset(0, -28);
          }
          content.endText();
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A one-page PDF of one paragraph wrapped into {@code lines} at ordinary line spacing, each line
   * ending at its last word without the space it was broken at, as many PDF writers do.
   */
  static byte[] pdfWrapped(List<String> lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(60, 720);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -13);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(List<String> paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  static byte[] html(List<String> paragraphs) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
    for (String paragraph : paragraphs) {
      html.append("<p>")
          .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</p>");
    }
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A small Word package whose document part inflates to {@code characters} of text. */
  static byte[] zipBomb(long characters) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "<Default Extension=\"rels\" ContentType=\"application/"
                  + "vnd.openxmlformats-package.relationships+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                  + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                  + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                  + " Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                  + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < characters; written += chunk.length) {
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
