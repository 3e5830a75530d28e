package org.dossier.installation;

/**
 * Follows an import as it goes, for progress displays. Called on the importing thread, in input
 * order; {@link #fileDone} is called only once the file's outcome is committed to the catalogue.
 */
public interface ImportListener {
  /** A listener that ignores everything. */
  ImportListener SILENT = new ImportListener() {};

  /** The inputs were listed: {@code files} files (archive entries included) will be read. */
  default void started(int files) {}

  /** One file is done; for an imported file, the catalogue has committed it. */
  default void fileDone(ImportedFile file) {}

  /** The index caught up with the catalogue. */
  default void indexed(long catalogueChange) {}
}
