package org.dossier.catalogue;

import java.time.LocalDate;
import org.dossier.model.Language;

/**
 * One official language of a registered document: the original (the reference) or a translation.
 *
 * @param documentId the document
 * @param language the language
 * @param status where it stands
 * @param reference whether it is the original, kept as the reference for the translators
 * @param annexOriginalOnly whether its annexes are reproduced as received, in the original only
 * @param jobNumber the job number it was issued with, or {@code null}
 * @param issueDate the date it was issued with, or {@code null}
 */
public record TranslationTask(
    long documentId,
    Language language,
    Status status,
    boolean reference,
    boolean annexOriginalOnly,
    String jobNumber,
    LocalDate issueDate) {

  /** Where a language version stands. */
  public enum Status {
    PENDING,
    IN_PROGRESS,
    DONE,
    ISSUED
  }
}
