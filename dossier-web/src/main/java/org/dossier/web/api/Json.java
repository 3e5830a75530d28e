package org.dossier.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * JSON answers of the API, with the validator that makes them cacheable: a strong {@code ETag}, a
 * digest of the body; {@code If-None-Match} naming it gets {@code 304 Not Modified} without a body.
 * There is no {@code Last-Modified}: a date of change would follow changes the viewer may not see
 * (a hidden document's), while the body's digest depends only on what the answer shows.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String MEDIA_TYPE = "application/json";

  private Json() {}

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code node} as a cacheable answer, or 304 when the request's validators still hold. */
  static void send(ServerRequest request, ServerResponse response, JsonNode node) {
    send(request, response, bytes(node), MEDIA_TYPE);
  }

  /** Sends {@code body} of {@code mediaType} as a cacheable answer, or 304 as above. */
  static void send(ServerRequest request, ServerResponse response, byte[] body, String mediaType) {
    String etag = '"' + digest(body) + '"';
    response.header(HeaderNames.ETAG, etag);
    response.header(HeaderNames.CACHE_CONTROL, "no-cache");
    if (notModified(request, etag)) {
      response.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    response.header(HeaderNames.CONTENT_TYPE, mediaType);
    response.send(body);
  }

  /** RFC 9110 §13.1.2: a weak comparison of {@code If-None-Match} with the body's tag. */
  private static boolean notModified(ServerRequest request, String etag) {
    Optional<String> ifNoneMatch = request.headers().value(HeaderNames.IF_NONE_MATCH);
    if (ifNoneMatch.isEmpty()) {
      return false;
    }
    for (String candidate : ifNoneMatch.get().split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
