package org.dossier.catalogue;

/**
 * A citation from one document to a symbol.
 *
 * @param citingDocumentId the document whose text cites
 * @param citedSymbol the cited symbol, normalised
 * @param text the citation as written
 * @param citedDocumentId the catalogued document answering to {@code citedSymbol}, or {@code null}
 *     while it is dangling (the cited document is not catalogued yet)
 */
public record CitationEdge(
    long citingDocumentId, String citedSymbol, String text, Long citedDocumentId) {

  /** Whether the cited document is not (yet) in the catalogue. */
  public boolean dangling() {
    return citedDocumentId == null;
  }
}
