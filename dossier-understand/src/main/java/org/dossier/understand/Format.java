package org.dossier.understand;

/** The physical format of an input, detected from its content. */
public enum Format {
  TEXT,
  MARKDOWN,
  HTML,
  WORD,
  PDF;

  /** The format of an original file kept under this media type (Word for anything else). */
  public static Format ofMediaType(String mediaType) {
    return switch (mediaType) {
      case "text/markdown" -> MARKDOWN;
      case "text/html" -> HTML;
      case "application/pdf" -> PDF;
      case "text/plain" -> TEXT;
      default -> WORD;
    };
  }
}
