package org.dossier.align;

/**
 * A sentence of a document, with the paragraph it belongs to (0-based, counted over the document):
 * the aligner prefers links that do not cross paragraph boundaries.
 *
 * @param text the sentence, trimmed
 * @param paragraph the index of its paragraph
 */
public record Sentence(String text, int paragraph) {}
