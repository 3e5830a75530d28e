package org.dossier.align;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes alignments as a TMX 1.4b translation memory (valid against the TMX 1.4b DTD): one
 * translation unit per bead with text on both sides; the unit carries the document as property
 * {@code x-document}, each variant its paragraph (1-based) as {@code x-paragraph}. Sentences
 * without a counterpart are not written: a translation unit needs both languages.
 */
public final class Tmx {
  private Tmx() {}

  /**
   * Writes the alignments, all of the same language pair, to {@code out} (UTF-8 declared).
   *
   * @param toolVersion the Dossier version recorded in the header
   * @throws IllegalArgumentException if the alignments are not all of one language pair
   */
  public static void write(Writer out, List<Alignment> alignments, String toolVersion) {
    if (alignments.isEmpty()) {
      throw new IllegalArgumentException("nothing to write: no alignment");
    }
    String sourceLanguage = alignments.getFirst().sourceLanguage();
    String targetLanguage = alignments.getFirst().targetLanguage();
    for (Alignment alignment : alignments) {
      if (!alignment.sourceLanguage().equals(sourceLanguage)
          || !alignment.targetLanguage().equals(targetLanguage)) {
        throw new IllegalArgumentException(
            alignment.document()
                + " is aligned "
                + alignment.sourceLanguage()
                + "-"
                + alignment.targetLanguage()
                + ", the others "
                + sourceLanguage
                + "-"
                + targetLanguage);
      }
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n");
      xml.writeEmptyElement("header");
      xml.writeAttribute("creationtool", "Dossier");
      xml.writeAttribute("creationtoolversion", toolVersion);
      xml.writeAttribute("segtype", "sentence");
      xml.writeAttribute("o-tmf", "Dossier");
      xml.writeAttribute("adminlang", "en");
      xml.writeAttribute("srclang", tmxLanguage(sourceLanguage));
      xml.writeAttribute("datatype", "plaintext");
      xml.writeCharacters("\n");
      xml.writeStartElement("body");
      xml.writeCharacters("\n");
      for (Alignment alignment : alignments) {
        for (Bead bead : alignment.beads()) {
          if (!bead.isInsertionOrDeletion()) {
            writeUnit(xml, alignment, bead);
          }
        }
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write TMX: " + e.getMessage(), e);
    }
  }

  private static void writeUnit(XMLStreamWriter xml, Alignment alignment, Bead bead)
      throws XMLStreamException {
    xml.writeStartElement("tu");
    prop(xml, "x-document", alignment.document());
    variant(xml, alignment.sourceLanguage(), alignment.source(), bead.source());
    variant(xml, alignment.targetLanguage(), alignment.target(), bead.target());
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void variant(
      XMLStreamWriter xml, String language, List<Sentence> sentences, List<Integer> indices)
      throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute(
        "xml", "http://www.w3.org/XML/1998/namespace", "lang", tmxLanguage(language));
    String paragraphs =
        indices.stream()
            .map(k -> sentences.get(k).paragraph())
            .filter(p -> p >= 0)
            .distinct()
            .map(p -> String.valueOf(p + 1))
            .collect(Collectors.joining(" "));
    if (!paragraphs.isEmpty()) {
      prop(xml, "x-paragraph", paragraphs);
    }
    xml.writeStartElement("seg");
    xml.writeCharacters(xmlText(Alignment.joined(sentences, indices, language)));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void prop(XMLStreamWriter xml, String type, String value)
      throws XMLStreamException {
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(xmlText(value));
    xml.writeEndElement();
  }

  /** TMX language codes are RFC 3066 tags; upper-case region parts are customary. */
  private static String tmxLanguage(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  /** Drops the characters XML 1.0 cannot carry (control characters, lone surrogates). */
  private static String xmlText(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(c ->
            c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF)
        .forEach(clean::appendCodePoint);
    return clean.toString();
  }
}
