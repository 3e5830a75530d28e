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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * JSON answers of the API, with the validators that make them cacheable: a strong {@code ETag} (a
 * digest of the body) and {@code Last-Modified} (when the installation last changed); a conditional
 * GET whose validators still hold gets {@code 304 Not Modified} without a body.
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
  static void send(
      ServerRequest request, ServerResponse response, JsonNode node, Instant lastModified) {
    send(request, response, bytes(node), MEDIA_TYPE, lastModified);
  }

  /** Sends {@code body} of {@code mediaType} as a cacheable answer, or 304 as above. */
  static void send(
      ServerRequest request,
      ServerResponse response,
      byte[] body,
      String mediaType,
      Instant lastModified) {
    String etag = '"' + digest(body) + '"';
    Instant modified = lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    response.header(HeaderNames.ETAG, etag);
    response.header(HeaderNames.LAST_MODIFIED, httpDate(modified));
    response.header(HeaderNames.CACHE_CONTROL, "no-cache");
    if (notModified(request, etag, modified)) {
      response.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    response.header(HeaderNames.CONTENT_TYPE, mediaType);
    response.send(body);
  }

  /**
   * RFC 9110 §13.2.2: {@code If-None-Match} when present decides alone; otherwise {@code
   * If-Modified-Since}.
   */
  private static boolean notModified(ServerRequest request, String etag, Instant modified) {
    Optional<String> ifNoneMatch = request.headers().value(HeaderNames.IF_NONE_MATCH);
    if (ifNoneMatch.isPresent()) {
      for (String candidate : ifNoneMatch.get().split(",")) {
        String tag = candidate.strip();
        if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    Optional<String> ifModifiedSince = request.headers().value(HeaderNames.IF_MODIFIED_SINCE);
    if (ifModifiedSince.isEmpty()) {
      return false;
    }
    try {
      Instant since =
          ZonedDateTime.parse(ifModifiedSince.get(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      return !modified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // RFC 9110: an invalid date is ignored.
    }
  }

  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
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
