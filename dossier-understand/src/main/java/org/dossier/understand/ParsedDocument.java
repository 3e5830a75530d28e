package org.dossier.understand;

import org.dossier.model.DocumentRecord;

/**
 * What {@link DocumentParser} makes of one input: the structured record, the format it was read as,
 * and the clean text (title and body paragraphs, without masthead, running headers, footers and
 * page numbers).
 */
public record ParsedDocument(DocumentRecord record, Format format, String cleanText) {}
