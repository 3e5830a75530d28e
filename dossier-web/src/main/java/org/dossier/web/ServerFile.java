package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code DATA/server.json}: announces the server holding a data directory to other Dossier
 * processes on the same machine — its port, process id and a random administration token. The file
 * is readable by its owner only (0600): whoever can read the data directory administers it. It is
 * deleted when the server stops cleanly; one left by a process that is no longer alive is ignored.
 *
 * @param port the loopback port the server listens on
 * @param pid the server's process id
 * @param token the bearer token the administration routes require
 */
public record ServerFile(int port, long pid, String token) {
  /** The file's name in the data directory. */
  public static final String NAME = "server.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh random token: 256 bits, hexadecimal. */
  static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }

  /** The live server announced in {@code dataDirectory}, if any. */
  public static Optional<ServerFile> find(Path dataDirectory) {
    Path file = dataDirectory.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      ServerFile found =
          new ServerFile(
              node.path("port").asInt(), node.path("pid").asLong(), node.path("token").asText());
      boolean alive = ProcessHandle.of(found.pid()).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(found) : Optional.empty();
    } catch (IOException e) {
      // Half written or damaged: no server can be reached through it.
      return Optional.empty();
    }
  }

  /** Writes the file atomically, readable by its owner only. */
  void write(Path dataDirectory) {
    Path file = dataDirectory.resolve(NAME);
    Path partial = dataDirectory.resolve(NAME + ".partial");
    try {
      Files.deleteIfExists(partial);
      Files.createFile(
          partial,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(
          partial,
          MAPPER.writeValueAsBytes(
              MAPPER.createObjectNode().put("port", port).put("pid", pid).put("token", token)));
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the file if it still announces this server. */
  void delete(Path dataDirectory) {
    Path file = dataDirectory.resolve(NAME);
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      if (token.equals(node.path("token").asText())) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Already gone, or replaced by another server's: nothing of ours to delete.
    }
  }
}
