package org.dossier.search;

/** A paging cursor that this index did not issue for this request, or that was altered. */
public final class InvalidCursorException extends IllegalArgumentException {
  public InvalidCursorException(String message) {
    super(message);
  }
}
