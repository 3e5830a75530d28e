/**
 * The catalogue's JDBC implementation: schema management, connections, the write path and the
 * queries. Not part of the API: use {@link org.dossier.catalogue.Catalogue}.
 */
package org.dossier.catalogue.internal;
