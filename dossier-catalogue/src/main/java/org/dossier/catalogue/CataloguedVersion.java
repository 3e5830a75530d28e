package org.dossier.catalogue;

import java.time.LocalDate;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * One revision of one language version of a document.
 *
 * @param documentId the document it belongs to
 * @param language its language
 * @param revision 1 for the first file received in this language, then 2, 3… for changed files
 * @param title its title as printed, or {@code null}
 * @param text the clean text
 * @param jobNumber its job number, or {@code null}
 * @param issueDate its masthead (release) date, or {@code null}
 * @param original the original file it was read from, kept in the file store
 * @param record the structured record parsed from it
 * @param changeSeq the change-log number of the change that added it
 */
public record CataloguedVersion(
    long documentId,
    Language language,
    int revision,
    String title,
    String text,
    String jobNumber,
    LocalDate issueDate,
    OriginalFile original,
    DocumentRecord record,
    long changeSeq) {}
