package org.dossier.understand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import org.dossier.understand.internal.RecordExtractor;
import org.dossier.understand.internal.SourceReader;
import org.dossier.understand.internal.SourceReader.SourceText;

/**
 * Reads raw documents (plain text in any common encoding, Markdown, HTML, Word, PDF) into {@link
 * ParsedDocument}s. Lenient like a browser: text it cannot interpret becomes a positioned warning
 * in the record, never an exception; only input that is not a document at all (empty, binary,
 * encrypted, damaged, too large) is refused with an {@link UnreadableDocumentException}.
 *
 * <p>Stateless and thread-safe; one instance can serve a whole batch.
 */
public final class DocumentParser {
  /** Inputs larger than this are refused rather than read into memory. */
  public static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;

  private DocumentParser() {}

  /** A parser with the default settings. */
  public static DocumentParser create() {
    return new DocumentParser();
  }

  /** Parses a file; the record's source is the path as given. */
  public ParsedDocument parse(Path file) throws UnreadableDocumentException {
    String source = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_INPUT_BYTES) {
        throw new UnreadableDocumentException(
            source, "larger than " + (MAX_INPUT_BYTES >> 20) + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(source, "no such file");
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, "cannot be read: " + e.getMessage(), e);
    }
    return parse(source, bytes);
  }

  /** Parses the bytes of one input; {@code source} names it in the record and in errors. */
  public ParsedDocument parse(String source, byte[] bytes) throws UnreadableDocumentException {
    SourceText text = SourceReader.read(source, bytes);
    RecordExtractor.Extraction extraction =
        RecordExtractor.extract(source, text.lines(), text.warnings());
    return new ParsedDocument(extraction.record(), text.format(), extraction.cleanText());
  }

  /** Parses text already decoded (plain or Markdown). Never throws on any text. */
  public ParsedDocument parseText(String source, String text) {
    SourceText lines = SourceReader.fromText(text, new ArrayList<>());
    RecordExtractor.Extraction extraction =
        RecordExtractor.extract(source, lines.lines(), lines.warnings());
    return new ParsedDocument(extraction.record(), lines.format(), extraction.cleanText());
  }
}
