package org.dossier.installation;

import java.util.List;
import org.dossier.model.Language;

/**
 * What became of one input file.
 *
 * @param source the file as named in reports: its path, or {@code archive.zip!/entry}
 * @param status what the import did with it
 * @param documentKey the symbol or provisional key of the document it belongs to, or {@code null}
 *     when it failed
 * @param language the language of the version it is, or {@code null} when it failed
 * @param sha256 the SHA-256 of its bytes, or {@code null} when they could not be read
 * @param warnings what the parser could not interpret, one line each ({@code line:column code
 *     message})
 * @param failure why it was not imported, or {@code null}
 */
public record ImportedFile(
    String source,
    Status status,
    String documentKey,
    Language language,
    String sha256,
    List<String> warnings,
    String failure) {

  public ImportedFile {
    warnings = List.copyOf(warnings);
  }

  /** What the import did with a file. */
  public enum Status {
    /** A new document, or a new language version of one. */
    NEW,
    /** A changed file for a language version already catalogued: a new revision. */
    UPDATED,
    /** This very file was already catalogued: nothing changed. */
    UNCHANGED,
    /** It could not be imported; nothing of it was kept. */
    FAILED
  }

  static ImportedFile failed(String source, String sha256, String reason) {
    return new ImportedFile(source, Status.FAILED, null, null, sha256, List.of(), reason);
  }
}
