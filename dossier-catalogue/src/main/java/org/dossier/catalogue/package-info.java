/**
 * The source of truth: SQL catalogue (SQLite embedded, PostgreSQL for scale) with Flyway
 * migrations, and the content-addressed file store.
 */
package org.dossier.catalogue;
