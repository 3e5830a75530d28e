package org.dossier.installation;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why an operation failed, as a few plain words for a user or a report: never a Java class name.
 * The file-system exceptions say nothing but their file in their message; exceptions wrapping a
 * cause prefix its class name ({@code java.nio.file.NoSuchFileException: …}).
 */
public final class Reasons {
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");

  private Reasons() {}

  /**
   * The reason, without the file a file-system exception names (the caller names its input): "no
   * such file or directory", "permission denied", …; otherwise the message less any class name.
   */
  public static String of(Throwable failure) {
    if (failure instanceof FileSystemException e) {
      return switch (e) {
        case NoSuchFileException missing -> "no such file or directory";
        case AccessDeniedException denied -> "permission denied";
        case FileAlreadyExistsException exists -> "already exists";
        case NotDirectoryException notDirectory -> "not a directory";
        case DirectoryNotEmptyException notEmpty -> "directory not empty";
        default ->
            e.getReason() != null ? e.getReason().toLowerCase(Locale.ROOT) : "cannot be accessed";
      };
    }
    String message = failure.getMessage();
    String plain = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
    return plain.isEmpty() ? "an unexpected error (--verbose shows where)" : plain;
  }
}
