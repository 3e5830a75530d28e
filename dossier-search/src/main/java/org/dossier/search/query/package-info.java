/**
 * Dossier's query language: what people type ({@link org.dossier.search.query.QueryParser}) and the
 * engine-independent tree it becomes ({@link org.dossier.search.query.Query}).
 */
package org.dossier.search.query;
