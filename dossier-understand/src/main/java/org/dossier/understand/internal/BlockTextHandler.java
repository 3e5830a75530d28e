package org.dossier.understand.internal;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into text where paragraphs are separated by a blank line and pages by a form
 * feed, so that every format reaches the same line and paragraph model. Stops with {@link
 * TooLongException} past a character budget: that is what defeats zip bombs.
 */
final class BlockTextHandler extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "tr",
          "table",
          "blockquote",
          "pre",
          "dt",
          "dd");

  /** Thrown when the extracted text exceeds the budget. */
  static final class TooLongException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooLongException(long budget) {
      super("more than " + budget + " characters of text");
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final long budget;
  private boolean sawPage;
  private int skipDepth;

  BlockTextHandler(long budget) {
    this.budget = budget;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth++;
      return;
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      if (sawPage) {
        text.append("\n\f\n");
      }
      sawPage = true;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth--;
    } else if (name.equals("br")) {
      text.append('\n');
    } else if (name.equals("td") || name.equals("th")) {
      text.append('\t');
    } else if (BLOCKS.contains(name)) {
      text.append("\n\n");
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    if (text.length() + length > budget) {
      throw new TooLongException(budget);
    }
    text.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Layout white space between elements carries no text.
  }

  String text() {
    return text.toString();
  }
}
