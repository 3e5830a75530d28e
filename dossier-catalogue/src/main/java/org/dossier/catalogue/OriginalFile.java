package org.dossier.catalogue;

import java.util.Objects;

/**
 * The original file of a language version, by reference to its bytes in a {@link FileStore}.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hexadecimal digits
 * @param size the number of bytes
 * @param fileName the name the file was imported under
 * @param mediaType its media type, such as {@code text/plain}
 */
public record OriginalFile(String sha256, long size, String fileName, String mediaType) {

  public OriginalFile {
    if (sha256 == null || !FileStore.isHash(sha256)) {
      throw new IllegalArgumentException(
          "original file sha256: expected 64 lower-case hexadecimal digits, got " + sha256);
    }
    if (size < 0) {
      throw new IllegalArgumentException("original file size: expected >= 0, got " + size);
    }
    Objects.requireNonNull(fileName, "original file name");
    Objects.requireNonNull(mediaType, "original file media type");
  }

  /** The reference for bytes held in memory (hashing them); store the bytes with the same store. */
  public static OriginalFile of(byte[] bytes, String fileName, String mediaType) {
    return new OriginalFile(FileStore.sha256(bytes), bytes.length, fileName, mediaType);
  }

  /** The reference for a file already in a {@link FileStore}. */
  public static OriginalFile of(StoredFile stored, String fileName, String mediaType) {
    return new OriginalFile(stored.sha256(), stored.size(), fileName, mediaType);
  }
}
