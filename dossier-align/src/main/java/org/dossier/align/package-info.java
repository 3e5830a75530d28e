/**
 * Parallel text: the language versions of a document aligned sentence by sentence.
 *
 * <ul>
 *   <li>{@link org.dossier.align.SentenceSplitter} splits a version's text into {@link
 *       org.dossier.align.Sentence sentences} (ICU4J, taught UN abbreviations and numbering).
 *   <li>{@link org.dossier.align.Aligner} links the sentences of two versions in {@link
 *       org.dossier.align.Bead beads}, from lengths, anchors and a lexicon learnt from the
 *       document; {@link org.dossier.align.Aligner#galeChurch()} is the length-only baseline.
 *   <li>{@link org.dossier.align.Beads} reads and writes the reference data's bead lines; {@link
 *       org.dossier.align.AlignmentScore} scores an alignment against gold links.
 *   <li>{@link org.dossier.align.Tmx} writes translation memories in TMX 1.4b.
 * </ul>
 */
package org.dossier.align;
