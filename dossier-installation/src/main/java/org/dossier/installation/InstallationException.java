package org.dossier.installation;

/**
 * An installation that cannot be used as asked: not a Dossier data directory, written by a newer
 * Dossier, in use by another process, or an operation on it that failed. The message names the
 * directory or file and what was wrong, ready to show to a user.
 */
public class InstallationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InstallationException(String message) {
    super(message);
  }

  public InstallationException(String message, Throwable cause) {
    super(message, cause);
  }
}
