package org.dossier.catalogue;

/**
 * A catalogue that cannot be opened (not a catalogue, written by a newer Dossier) or an operation
 * that failed; the message names the input or file and what was wrong. Nothing of a failed write is
 * kept.
 */
public class CatalogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }

  public CatalogueException(String message) {
    super(message);
  }
}
