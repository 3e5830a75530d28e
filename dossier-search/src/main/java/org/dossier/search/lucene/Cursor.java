package org.dossier.search.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;

/**
 * Where a page ended, handed to the caller as an opaque string. It carries the sort values of the
 * last hit (so the next page starts right after it in any searcher, and documents added meanwhile
 * cannot shift pages), a handle naming the point-in-time view it came from (so later pages can
 * reuse that same view while it is kept) by a digest of what the reader sees in it — not the
 * searcher's version, which counts every index change, hidden ones included — and a fingerprint of
 * the request (so it cannot be replayed on another query). A checksum rejects altered cursors.
 *
 * @param requestFingerprint identifies query, filters, access and sort of the request
 * @param viewHandle names the point-in-time view the page was read from
 * @param sortValue the last hit's primary sort value: score bits or epoch day
 * @param documentId the last hit's id, the tie-breaker
 */
record Cursor(long requestFingerprint, long viewHandle, long sortValue, String documentId) {
  private static final byte FORMAT = 2;

  String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeLong(requestFingerprint);
      out.writeLong(viewHandle);
      out.writeLong(sortValue);
      out.writeUTF(documentId);
      out.writeInt(checksum(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a cursor in memory", e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  static Cursor decode(String text, long expectedFingerprint) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("cursor is not one this index issued: not base64url text");
    }
    if (bytes.length < 4 + 1 + 3 * Long.BYTES || bytes[0] != FORMAT) {
      throw new InvalidCursorException("cursor is not one this index issued: unknown format");
    }
    int payloadLength = bytes.length - Integer.BYTES;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      in.readByte();
      Cursor cursor = new Cursor(in.readLong(), in.readLong(), in.readLong(), in.readUTF());
      byte[] payload = Arrays.copyOf(bytes, payloadLength);
      if (in.readInt() != checksum(payload) || in.available() != 0) {
        throw new InvalidCursorException("cursor was altered or truncated: checksum mismatch");
      }
      if (cursor.requestFingerprint != expectedFingerprint) {
        throw new InvalidCursorException(
            "cursor belongs to a different query, filter or sort: start again without a cursor");
      }
      return cursor;
    } catch (IOException e) {
      throw new InvalidCursorException("cursor was altered or truncated: cannot be read");
    }
  }

  /**
   * A fingerprint of everything that decides which hits come in which order, stable across runs
   * (unlike hash codes of enums and the order of sets): a digest of a canonical text.
   */
  static long fingerprint(SearchRequest request) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.query()).append('|').append(request.sort()).append('|');
    request
        .filters()
        .forEach(
            (facet, values) -> canonical.append(facet).append(new TreeSet<>(values)).append(';'));
    Set<String> distributions = new TreeSet<>();
    request.access().visibleDistributions().forEach(d -> distributions.add(d.name()));
    canonical
        .append('|')
        .append(distributions)
        .append('|')
        .append(request.access().predicate())
        .append('|')
        .append(request.access().visibility());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static int checksum(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    return (int) crc.getValue();
  }
}
