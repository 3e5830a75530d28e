/**
 * The embedded implementation of {@link org.dossier.search.SearchIndex}: {@link
 * org.dossier.search.lucene.LuceneSearchIndex}, Lucene in one directory. Everything else here is
 * internal: the per-language analyzers, the index schema (one Lucene document per catalogue
 * document), the translation of the query language, and paging cursors.
 */
package org.dossier.search.lucene;
