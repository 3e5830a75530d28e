package org.dossier.understand;

/** The physical format of an input, detected from its content. */
public enum Format {
  TEXT,
  MARKDOWN,
  HTML,
  WORD,
  PDF
}
