package org.dossier.catalogue;

import org.dossier.model.DocumentRecord;

/**
 * One language version to catalogue.
 *
 * @param record its structured record; its language is required
 * @param cleanText its clean text
 * @param original its original file, already kept in the {@link FileStore}
 */
public record VersionInput(DocumentRecord record, String cleanText, OriginalFile original) {}
