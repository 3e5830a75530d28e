package org.dossier.understand.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.dossier.model.DocumentRecord.Warning;
import org.dossier.understand.Format;
import org.dossier.understand.UnreadableDocumentException;
import org.xml.sax.SAXException;

/**
 * Reads the bytes of one input into lines. The format is decided by content (magic bytes, then
 * structure), never by the file name alone; binary or damaged input becomes an {@link
 * UnreadableDocumentException} naming the reason.
 */
public final class SourceReader {
  /** Largest text Dossier extracts from one container: far above any UN document. */
  static final long TEXT_BUDGET = 50L * 1024 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] WORD_PART = "word/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OOXML_TYPES =
      "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

  /** The lines of a document, its detected format, and what reading it had to guess. */
  public record SourceText(Format format, List<Line> lines, List<Warning> warnings) {}

  private SourceReader() {}

  public static SourceText read(String source, byte[] bytes) throws UnreadableDocumentException {
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(source, "empty file");
    }
    if (startsWith(bytes, PDF, 1024)) {
      return fromTika(source, bytes, Format.PDF, TikaHolder.PARSER, new ParseContext());
    }
    if (startsWith(bytes, ZIP, 0)) {
      // The part names are stored uncompressed; a truncated package still shows the first ones.
      if (indexOf(bytes, WORD_PART) < 0 && indexOf(bytes, OOXML_TYPES) < 0) {
        throw new UnreadableDocumentException(
            source, "a ZIP archive that is not a Word document (no word/ part)");
      }
      return fromTika(source, bytes, Format.WORD, TikaHolder.PARSER, new ParseContext());
    }
    if (startsWith(bytes, OLE2, 0)) {
      return fromTika(source, bytes, Format.WORD, TikaHolder.PARSER, new ParseContext());
    }
    // The HTML parser reads the page's own charset declaration: no need to decode the file first.
    if (looksLikeHtml(
        new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1))) {
      return fromHtml(source, bytes);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded == null) {
      throw new UnreadableDocumentException(
          source, "binary content: not text in any supported encoding, nor PDF, DOCX or HTML");
    }
    if (decoded.text().isBlank()) {
      throw new UnreadableDocumentException(source, "no text (only white space)");
    }
    if (looksLikeHtml(decoded.text())) {
      return fromHtml(source, bytes);
    }
    List<Warning> warnings = new ArrayList<>();
    if (decoded.guessed()) {
      warnings.add(
          new Warning(
              1,
              1,
              "encoding.guess",
              "no byte-order mark and not UTF-8; read as " + decoded.charset().name()));
    }
    return fromText(decoded.text(), warnings);
  }

  /**
   * Lines of text already decoded; a leading front-matter block is skipped, Markdown is recognised
   * by its structure.
   */
  public static SourceText fromText(String decoded, List<Warning> warnings) {
    String text = FrontMatter.skip(decoded, warnings);
    if (MarkdownText.looksLikeMarkdown(text)) {
      return new SourceText(Format.MARKDOWN, MarkdownText.lines(text), warnings);
    }
    return new SourceText(Format.TEXT, splitLines(text), warnings);
  }

  /** Splits on any line break; a form feed becomes its own page-break line. */
  static List<Line> splitLines(String text) {
    List<Line> lines = new ArrayList<>(Math.max(16, text.length() / 40));
    // Without carriage returns, the JDK's vectorised search finds the breaks.
    boolean returns = text.indexOf('\r') >= 0;
    int number = 1;
    int start = 0;
    while (true) {
      int end = returns ? nextBreak(text, start) : text.indexOf('\n', start);
      if (end < 0) {
        addWithPageBreaks(text.substring(start), number, lines);
        return lines;
      }
      addWithPageBreaks(text.substring(start, end), number++, lines);
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
  }

  private static int nextBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static void addWithPageBreaks(String text, int number, List<Line> lines) {
    int from = 0;
    int feed;
    while ((feed = text.indexOf('\f', from)) >= 0) {
      lines.add(new Line(number, from + 1, text.substring(from, feed)));
      lines.add(new Line(number, feed + 1, Line.PAGE_BREAK));
      from = feed + 1;
    }
    lines.add(new Line(number, from + 1, from == 0 ? text : text.substring(from)));
  }

  /**
   * HTML goes straight to Tika's HTML parser: the format is known, and Tika's type detection (MIME
   * magic over the bytes, XML root sniffing, container probing) cost more than the HTML parsing.
   */
  private static SourceText fromHtml(String source, byte[] bytes)
      throws UnreadableDocumentException {
    ParseContext context = new ParseContext();
    context.set(EncodingDetector.class, new HtmlCharset(bytes));
    context.set(HtmlMapper.class, LineBreaks.MAPPER);
    return fromTika(source, bytes, Format.HTML, TikaHolder.HTML, context);
  }

  private static SourceText fromTika(
      String source, byte[] bytes, Format format, Parser parser, ParseContext context)
      throws UnreadableDocumentException {
    BlockTextHandler handler = new BlockTextHandler(TEXT_BUDGET);
    try {
      parser.parse(new ByteArrayInputStream(bytes), handler, new Metadata(), context);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw refusal(source, format, e);
    }
    String text = handler.text();
    if (text.isBlank()) {
      throw new UnreadableDocumentException(
          source,
          format == Format.PDF
              ? "no text layer: a scanned image, it needs OCR"
              : label(format) + " has no text");
    }
    return new SourceText(format, splitLines(text), new ArrayList<>());
  }

  /** The one-line reason a container could not be read, from the deepest cause that says. */
  private static UnreadableDocumentException refusal(String source, Format format, Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof EncryptedDocumentException) {
        return new UnreadableDocumentException(
            source, "encrypted " + label(format) + " (password)", e);
      }
      if (cause instanceof BlockTextHandler.TooLongException) {
        return new UnreadableDocumentException(
            source, label(format) + " expands to " + cause.getMessage() + " (zip bomb?)", e);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    String reason = reason(e);
    if (reason.toLowerCase(Locale.ROOT).contains("zip bomb")) {
      return new UnreadableDocumentException(
          source, label(format) + " expands to too much text (zip bomb?): " + reason, e);
    }
    return new UnreadableDocumentException(source, "damaged " + label(format) + ": " + reason, e);
  }

  private static String label(Format format) {
    return switch (format) {
      case PDF -> "PDF";
      case WORD -> "Word document";
      case HTML -> "HTML document";
      case TEXT, MARKDOWN -> "text";
    };
  }

  private static String reason(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return message == null || message.isBlank()
        ? deepest.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }

  private static boolean looksLikeHtml(String text) {
    int limit = Math.min(text.length(), 2048);
    // Markup opens with '<' once a byte-order mark (also read as Latin-1) and spaces are skipped:
    // the common case, text, is told from the first visible character.
    int at = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (at < limit && (text.charAt(at) == '\uFEFF' || Character.isWhitespace(text.charAt(at)))) {
      at++;
    }
    if (at == limit || text.charAt(at) != '<') {
      return false;
    }
    String head = text.substring(at, limit).replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<?xml") && head.contains("<html")
        || head.contains("<body")
        || head.contains("<head");
  }

  private static boolean startsWith(byte[] bytes, byte[] magic, int within) {
    int last = Math.min(within, bytes.length - magic.length);
    for (int at = 0; at <= last; at++) {
      if (regionMatches(bytes, at, magic)) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] bytes, byte[] needle) {
    for (int at = 0; at + needle.length <= bytes.length; at++) {
      if (regionMatches(bytes, at, needle)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean regionMatches(byte[] bytes, int at, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (bytes[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * HTML's charset: the page's own declaration (a byte-order mark is honoured by jsoup itself),
   * else UTF-8 when the bytes are well-formed UTF-8, else Tika's statistical detectors. Checking
   * UTF-8 first spares those detectors on the common case, as {@link TextDecoder} does for plain
   * text.
   */
  private static final class HtmlCharset implements EncodingDetector {
    private static final long serialVersionUID = 1L;
    private static final EncodingDetector DECLARED = new HtmlEncodingDetector();
    private static final EncodingDetector STATISTICAL = new DefaultEncodingDetector();

    private final byte[] bytes;

    HtmlCharset(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
      Charset declared = DECLARED.detect(input, metadata);
      if (declared != null) {
        return declared;
      }
      return TextDecoder.strictUtf8(bytes) != null
          ? StandardCharsets.UTF_8
          : STATISTICAL.detect(input, metadata);
    }
  }

  /**
   * Tika's HTML mapping drops {@code <br>}, which joined the lines of a masthead cell ({@code
   * Distr.: General<br>5 July 2024}) into one; kept, it becomes a line break.
   */
  private static final class LineBreaks extends DefaultHtmlMapper {
    static final HtmlMapper MAPPER = new LineBreaks();

    @Override
    public String mapSafeElement(String name) {
      return "br".equalsIgnoreCase(name) ? "br" : super.mapSafeElement(name);
    }
  }

  /** Tika's parser registry is expensive to build: once per JVM, and only if needed. */
  private static final class TikaHolder {
    static final AutoDetectParser PARSER = new AutoDetectParser();
    static final Parser HTML = new JSoupParser();
  }
}
