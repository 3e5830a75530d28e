package org.dossier.catalogue;

/**
 * A file held by a {@link FileStore}.
 *
 * @param sha256 its SHA-256, 64 lower-case hexadecimal digits: the file's address in the store
 * @param size its length in bytes
 */
public record StoredFile(String sha256, long size) {}
