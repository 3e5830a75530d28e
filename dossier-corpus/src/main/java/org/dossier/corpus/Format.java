package org.dossier.corpus;

import java.util.Locale;

/** The file formats a language version can be rendered in. */
public enum Format {
  /** Plain text, in the version's recorded encoding. */
  TXT("txt"),
  /** Markdown as Word exports it: bold runs, {@code <sup>}, hard breaks as two trailing spaces. */
  MARKDOWN("md"),
  /** A simple HTML page, UTF-8. */
  HTML("html"),
  /** A Word document (Office Open XML). */
  DOCX("docx"),
  /**
   * A PDF with embedded fonts, for versions in the Latin and Cyrillic scripts only: see {@link
   * GeneratedVersion#renders(Format)}.
   */
  PDF("pdf");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot: {@code md}. */
  public String extension() {
    return extension;
  }

  /** The format with the given extension or name, in any case: {@code md}, {@code markdown}. */
  public static Format fromName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (format.extension.equals(wanted)
          || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "Unknown format '" + name + "'; expected one of txt, md, html, docx, pdf");
  }
}
