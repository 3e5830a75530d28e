package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/**
 * Errors as {@code application/problem+json} (RFC 9457): a {@code title} per kind of problem and a
 * {@code detail} saying what was wrong with this request — never a stack trace or a class name.
 */
public final class Problems {
  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** Sends a problem with the status's reason as its title. */
  public static void send(ServerResponse response, Status status, String detail) {
    send(response, status, detail, null);
  }

  /**
   * Sends a problem; {@code extension} adds members (such as {@code parameter} or {@code
   * suggestions}) when not null.
   */
  public static void send(
      ServerResponse response, Status status, String detail, ObjectNode extension) {
    ObjectNode problem = Json.MAPPER.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", status.reasonPhrase());
    problem.put("status", status.code());
    problem.put("detail", detail);
    if (extension != null) {
      problem.setAll(extension);
    }
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE + "; charset=UTF-8");
    response.header(HeaderNames.CACHE_CONTROL, "no-store");
    response.send(Json.bytes(problem));
  }

  /** A 400 naming the parameter at fault. */
  static void badRequest(ServerResponse response, BadRequestException problem) {
    ObjectNode extension = Json.MAPPER.createObjectNode().put("parameter", problem.parameter());
    send(response, Status.BAD_REQUEST_400, problem.getMessage(), extension);
  }
}
