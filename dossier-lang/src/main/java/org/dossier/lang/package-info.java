/**
 * The linguistic conventions of UN parliamentary documents in the six official languages, in both
 * directions: writing them (for the synthetic corpus) and reading them (for the document parser).
 *
 * <p>Start from {@link org.dossier.lang.LanguageConventions#of(org.dossier.model.Language)}. Each
 * language lives in its own package ({@code en}, {@code fr}, {@code es}, {@code ru}, {@code ar},
 * {@code zh}), in the style of Lucene's analysis-common: small, documented, one test per rule. The
 * packages share their reading machinery ({@code internal}); what they write is their own.
 *
 * <p>Sources are those of {@code un-conventions.md}; forms that the specification marks as
 * unverified, and the author's own choices, are flagged "Confidence" in the package documentation
 * of each language.
 */
package org.dossier.lang;
