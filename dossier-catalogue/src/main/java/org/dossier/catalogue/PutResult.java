package org.dossier.catalogue;

/**
 * What {@link Catalogue#put} did.
 *
 * @param documentId the document the version belongs to
 * @param key its symbol, or its provisional key
 * @param outcome what changed
 * @param revision the revision now holding the file (the existing one when unchanged)
 */
public record PutResult(long documentId, String key, Outcome outcome, int revision) {

  /** What a put changed in the catalogue. */
  public enum Outcome {
    /** A new document with its first language version. */
    CREATED_DOCUMENT,
    /** A first version in this language for an existing document. */
    ADDED_VERSION,
    /** A changed file for an existing language version: a new revision, the old one kept. */
    REVISED_VERSION,
    /** The same file was already catalogued for this language: nothing changed. */
    UNCHANGED
  }
}
