package org.dossier.access;

/**
 * A viewer tried an action its role does not allow. Never thrown for reading a document it may not
 * see: such a document is simply absent.
 */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
