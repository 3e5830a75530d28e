package org.dossier.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.dossier.installation.Reasons;

/** The one-line sentence a user reads for a failed command: what failed and why, in words. */
final class Failures {
  private Failures() {}

  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof UncheckedIOException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof FileSystemException file && file.getFile() != null) {
      return file.getFile() + ": " + Reasons.of(file);
    }
    return Reasons.of(cause);
  }
}
