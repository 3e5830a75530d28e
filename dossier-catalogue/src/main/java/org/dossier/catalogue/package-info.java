/**
 * The source of truth of Dossier: the {@link org.dossier.catalogue.Catalogue} of documents, their
 * language versions and revisions, families, citations, bodies, sessions and agenda items, with a
 * change log for derived indexes; and the {@link org.dossier.catalogue.FileStore}, which keeps
 * every original file byte for byte under its SHA-256.
 *
 * <p>The catalogue is embedded (SQLite, {@link org.dossier.catalogue.Catalogue#open}) or on a
 * server (PostgreSQL, {@link org.dossier.catalogue.Catalogue#connect}); both run the same Flyway
 * migrations from {@code db/migration}. The JDBC implementation lives in {@code internal} and is
 * not part of the API.
 */
package org.dossier.catalogue;
