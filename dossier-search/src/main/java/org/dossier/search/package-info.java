/** The search index interface, its query language, and the embedded Lucene implementation. */
package org.dossier.search;
