package org.dossier.catalogue;

/** Which documents {@link Catalogue#documents} lists. */
public enum DocumentFilter {
  /** Every document. */
  ALL,
  /**
   * Imported documents without a symbol, waiting for a registrar to assign or merge them. A
   * mission's submission is not one of them: it gets its symbol by registration, from its series.
   */
  PROVISIONAL
}
