/**
 * Full-text search over the catalogue: the {@link org.dossier.search.SearchIndex} interface, what
 * it indexes ({@link org.dossier.search.IndexedDocument}) and its requests and results. The query
 * language is in {@code org.dossier.search.query}; the embedded Lucene implementation in {@code
 * org.dossier.search.lucene}.
 */
package org.dossier.search;
