package org.dossier.catalogue;

/** Which documents {@link Catalogue#documents} lists. */
public enum DocumentFilter {
  /** Every document. */
  ALL,
  /** Documents without a symbol, waiting for a registrar. */
  PROVISIONAL
}
