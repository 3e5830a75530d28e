package org.dossier.understand;

/**
 * The input is not a document Dossier can read (empty, binary, encrypted, damaged or too large).
 * The message names the input and the reason, ready to show to a user.
 */
public final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;

  public UnreadableDocumentException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  public UnreadableDocumentException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
  }

  /** The file name or label of the input that could not be read. */
  public String source() {
    return source;
  }
}
