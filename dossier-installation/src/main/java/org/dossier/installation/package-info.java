/**
 * One data directory: the catalogue (source of truth), the file store of original files and the
 * search index, kept consistent. {@link org.dossier.installation.Installation} opens (or creates)
 * it, refusing directories that are not Dossier installations or were written by a newer Dossier;
 * it imports files, directories and zip archives ({@link
 * org.dossier.installation.Installation#importFiles}), rebuilds the index, checks catalogue, store
 * and index against each other, and takes consistent backups while serving. {@link
 * org.dossier.installation.DemoCorpus} writes the generated demo corpus.
 *
 * <p>Crash safety: the catalogue commits each language version first; the index records the last
 * catalogue change it applied and catches up on open, so {@code kill -9} at any moment loses
 * nothing that was reported imported.
 */
package org.dossier.installation;
