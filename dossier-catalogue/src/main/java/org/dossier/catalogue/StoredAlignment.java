package org.dossier.catalogue;

import java.util.Objects;
import org.dossier.model.Language;

/**
 * A sentence alignment of two language versions of a document, as kept in the catalogue: derived
 * data, valid while both versions are the ones it was computed from and the aligner is the same.
 *
 * @param documentId the document
 * @param source the source language
 * @param target the target language
 * @param sourceChange the {@link CataloguedVersion#changeSeq()} of the source version aligned
 * @param targetChange the {@link CataloguedVersion#changeSeq()} of the target version aligned
 * @param method identifies the aligner and its version, e.g. {@code dossier-align/1}
 * @param beads the alignment in the bead-line form of {@code dossier align --format beads}
 */
public record StoredAlignment(
    long documentId,
    Language source,
    Language target,
    long sourceChange,
    long targetChange,
    String method,
    String beads) {
  public StoredAlignment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(beads, "beads");
  }
}
