package org.dossier.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.model.Symbol;

/**
 * One language version of a generated document: its true record, its clean text, and its
 * renderings. Renderings are made on demand and are deterministic: the same version renders to the
 * same bytes every time.
 */
public final class GeneratedVersion {
  private final Language language;
  private final String symbol;
  private final Page page;
  private final DocumentRecord truth;
  private final Set<String> unverified;
  private final Noise noise;
  private final long renderSeed;
  private final String runningHeader;
  private final Charset preferredCharset;
  private Charset textCharset;
  private String text;

  GeneratedVersion(Plan plan, Language language, boolean noisy) {
    Composer.Composition composition = Composer.compose(plan, language);
    this.language = language;
    this.symbol = plan.symbol();
    this.page = composition.page();
    this.truth = composition.truth();
    this.unverified = composition.unverified();
    this.renderSeed = plan.contentSeed() * 31 + language.ordinal();
    SplittableRandom random = new SplittableRandom(renderSeed);
    this.noise = noisy ? Noise.draw(random) : Noise.NONE;
    this.runningHeader = plan.symbolPrinted() ? plan.symbol() : null;
    this.preferredCharset = TextEncodings.choose(language, random);
  }

  public Language language() {
    return language;
  }

  /** The true record, with {@code source} the plain-text file name. */
  public DocumentRecord truth() {
    return truth(fileName(Format.TXT));
  }

  /** The true record with the given {@code source}, such as a path relative to a corpus root. */
  public DocumentRecord truth(String source) {
    return withSymbols(source, truth.symbol(), truth.symbols());
  }

  /**
   * The true record as if the masthead printed no symbol: what a catalogue must place by the other
   * facts alone (provisional matching).
   */
  public DocumentRecord truthWithoutSymbols(String source) {
    return withSymbols(source, null, List.of());
  }

  private DocumentRecord withSymbols(String source, String symbol, List<String> symbols) {
    DocumentRecord r = truth;
    return new DocumentRecord(
        source,
        symbol,
        symbols,
        r.language(),
        r.originalLanguage(),
        r.organ(),
        r.body(),
        r.session(),
        r.agendaItems(),
        r.distribution(),
        r.issueDate(),
        r.docType(),
        r.title(),
        r.titleDate(),
        r.sender(),
        r.addressee(),
        r.country(),
        r.jobNumber(),
        r.annexes(),
        r.citations(),
        r.footnotes(),
        r.warnings());
  }

  /**
   * Truth fields whose printed text the generator invented rather than took from a source (such as
   * {@code agendaItems[0].title} where the conventions do not attest the item's title in this
   * language); an evaluation may leave them out.
   */
  public Set<String> unverified() {
    return unverified;
  }

  /** The clean text of the version: every block on its own line, no noise. */
  public String text() {
    if (text == null) {
      text = TextRenderer.clean(page);
    }
    return text;
  }

  /** The encoding of the plain-text rendering, chosen from the version's seed. */
  public Charset textCharset() {
    if (textCharset == null) {
      textCharset = TextEncodings.fitting(preferredCharset, text());
    }
    return textCharset;
  }

  /**
   * Whether this version can be rendered in {@code format}: every format but PDF always; PDF only
   * when the whole text is in the Latin or Cyrillic script (no Arabic or Chinese version, and no
   * annex reproduced in those scripts), as the machine's embeddable fonts allow.
   */
  public boolean renders(Format format) {
    return format != Format.PDF || PdfRenderer.writes(text());
  }

  /**
   * The rendering in {@code format}; plain text is encoded in {@link #textCharset()}.
   *
   * @throws IllegalArgumentException if the version cannot be rendered in it ({@link #renders})
   */
  public byte[] render(Format format) {
    if (!renders(format)) {
      throw new IllegalArgumentException(
          "PDF is written for Latin and Cyrillic text only; "
              + fileName(format)
              + " holds Arabic or Chinese text");
    }
    return switch (format) {
      case TXT -> encode(renderedText(), textCharset());
      case MARKDOWN ->
          MarkdownRenderer.render(page, language, noise, new SplittableRandom(renderSeed + 1))
              .getBytes(StandardCharsets.UTF_8);
      case HTML -> HtmlRenderer.render(page, language).getBytes(StandardCharsets.UTF_8);
      case DOCX -> DocxRenderer.render(page, language, runningHeader);
      case PDF -> PdfRenderer.render(page, runningHeader);
    };
  }

  /** The plain-text rendering before encoding, noise included. */
  String renderedText() {
    String jobNumber = truth.jobNumber();
    String runningFooter = jobNumber.substring(0, jobNumber.indexOf('(')).strip();
    return TextRenderer.render(
        page,
        noise.encodedIn(textCharset()),
        new SplittableRandom(renderSeed + 2),
        runningHeader,
        runningFooter);
  }

  /**
   * The file name of the rendering, by the Dag Hammarskjöld Library's rule with the format's
   * extension: {@code A_HRC_43_G_17-FR.md}.
   */
  public String fileName(Format format) {
    String pdf = Symbol.parse(symbol).fileName(language);
    return pdf.substring(0, pdf.length() - ".pdf".length()) + "." + format.extension();
  }

  private static byte[] encode(String text, Charset charset) {
    try {
      ByteBuffer bytes =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(
          "Text chosen for " + charset + " cannot be encoded in it; TextEncodings must check", e);
    }
  }
}
