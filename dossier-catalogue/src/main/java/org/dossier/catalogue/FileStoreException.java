package org.dossier.catalogue;

/** A file store that cannot be read or written, or a stored file whose bytes no longer match. */
public final class FileStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FileStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  FileStoreException(String message) {
    super(message);
  }
}
