package org.dossier.understand.internal;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into text where paragraphs are separated by a blank line, lines inside a
 * paragraph by a line break and pages by a form feed, so that every format reaches the same line
 * and paragraph model. Stops with {@link TooLongException} past a character budget: that is what
 * defeats zip bombs.
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

  /** Whether text came since the last element started or ended: a line is open. */
  private boolean inLine;

  /** Whether the open line ended (ignorable white space inside text) and more text may follow. */
  private boolean lineEnded;

  BlockTextHandler(long budget) {
    this.budget = budget;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    inLine = false;
    lineEnded = false;
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
    inLine = false;
    lineEnded = false;
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
    if (length == 0) {
      return;
    }
    if (lineEnded && !Texts.isSpace(text.charAt(text.length() - 1))) {
      // The line before kept no space where it was wrapped: without a line break here its last
      // word would run into this line's first ("presents its" / "compliments"). Where it kept one,
      // the text runs on as it always has.
      text.append('\n');
    }
    lineEnded = false;
    text.append(ch, start, length);
    inLine = true;
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Layout white space between elements carries no text. Inside text it is the end of a line:
    // Tika's PDF reader ends each line of a paragraph so.
    if (inLine && skipDepth == 0) {
      lineEnded = true;
    }
  }

  String text() {
    return text.toString();
  }
}
