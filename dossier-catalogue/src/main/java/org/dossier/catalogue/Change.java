package org.dossier.catalogue;

/**
 * One entry of the change log: a committed change touched this document. Sequence numbers grow
 * strictly in commit order, so a derived index that remembers the last number it applied can catch
 * up with {@link Catalogue#changesSince(long, int)}.
 *
 * @param seq the change's number, from 1
 * @param documentId the document touched
 * @param kind whether the document now reads differently or is gone
 */
public record Change(long seq, long documentId, Kind kind) {

  /** What became of the document. */
  public enum Kind {
    /** Created or changed: read it again. */
    UPDATED,
    /** Merged into another document by a registrar: forget it. */
    REMOVED
  }
}
