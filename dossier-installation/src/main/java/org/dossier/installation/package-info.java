/**
 * One data directory: catalogue, file store and index kept consistent; import, reindex, check,
 * backup.
 */
package org.dossier.installation;
