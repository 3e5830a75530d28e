package org.dossier.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.access.AccessDeniedException;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Circulation;
import org.dossier.web.Library;
import org.dossier.web.Uploads;
import org.dossier.web.WebSettings;

/**
 * What the workflow's routes share: the document a path names, the JSON or multipart body read into
 * typed values (a wrong one is a 400 naming its field), and the refusals of the layers below turned
 * into problems. The routes add no access rule: {@code Circulation} decides who may act.
 */
final class Writes {
  /**
   * The one 404 of the workflow's routes: it repeats nothing of the path, so a hidden document, a
   * missing id and a missing symbol answer byte for byte alike.
   */
  static final String NO_DOCUMENT = "No document you may see answers to this symbol, key or id.";

  private static final int JSON_LIMIT = 64 * 1024;
  private static final Pattern ID = Pattern.compile("#?([0-9]{1,18})");

  private Writes() {}

  /** A field of a request's body is missing or malformed: a 400 naming it. */
  static final class FieldException extends RuntimeException {
    private final String field;

    FieldException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  /**
   * The visible document the path's {@code {+symbol}} names: a symbol in any spelling, a key
   * ({@code submission:12}) or an id ({@code 12}, {@code #12}); otherwise {@link #NO_DOCUMENT}.
   */
  static CataloguedDocument document(Library library, ServerRequest request) {
    String typed = request.path().pathParameters().get("symbol").strip();
    Matcher id = ID.matcher(typed);
    Optional<CataloguedDocument> found =
        id.matches()
            ? library.catalogue().document(Long.parseLong(id.group(1)))
            : library.document(typed);
    return found.orElseThrow(() -> new NotFoundException(NO_DOCUMENT, List.of()));
  }

  /**
   * {@code handler} with the refusals below the web answered as problems: an upload refused (413 or
   * 400 naming the part), a file unreadable (400 naming it), a field wrong (400 naming it), an
   * action the viewer's role may not take (403 naming it), a step the document's state does not
   * allow (409). A failure of the database is left to the server's handler: logged, and a 500.
   */
  static Handler guarded(Handler handler) {
    return (request, response) -> {
      try {
        handler.handle(request, response);
      } catch (Uploads.Refused e) {
        ObjectNode extension = Json.MAPPER.createObjectNode();
        if (e.part() != null) {
          extension.put("field", e.part());
        }
        if (e.status() == Status.REQUEST_ENTITY_TOO_LARGE_413) {
          extension.put("setting", WebSettings.MAX_UPLOAD_SETTING);
        }
        Problems.send(response, e.status(), e.getMessage(), extension);
      } catch (Circulation.RefusedFile e) {
        Problems.send(
            response,
            Status.BAD_REQUEST_400,
            e.getMessage(),
            Json.MAPPER.createObjectNode().put("file", e.fileName()));
      } catch (FieldException e) {
        Problems.send(
            response,
            Status.BAD_REQUEST_400,
            e.getMessage(),
            Json.MAPPER.createObjectNode().put("field", e.field));
      } catch (AccessDeniedException e) {
        Problems.send(response, Status.FORBIDDEN_403, e.getMessage());
      } catch (CatalogueException e) {
        if (e.getCause() instanceof SQLException) {
          // The database failed, not the request: a 500 whose detail names nothing inside.
          throw e;
        }
        Problems.send(response, Status.CONFLICT_409, e.getMessage());
      } catch (IllegalArgumentException e) {
        // What the workflow refuses of a request's values, its message naming the value.
        Problems.send(response, Status.BAD_REQUEST_400, e.getMessage());
      }
    };
  }

  /** The request's JSON object body; an empty body is an empty object. */
  static ObjectNode json(ServerRequest request) {
    byte[] bytes;
    try (InputStream in = request.content().inputStream()) {
      bytes = in.readNBytes(JSON_LIMIT + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request's body: " + e.getMessage(), e);
    }
    if (bytes.length > JSON_LIMIT) {
      throw new FieldException("body", "body: expected a JSON object of at most 64 KiB");
    }
    if (bytes.length == 0) {
      return Json.MAPPER.createObjectNode();
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new FieldException(
          "body", "body: expected a JSON object, and it does not parse: " + firstLine(e));
    }
    if (node == null || node.isMissingNode()) {
      return Json.MAPPER.createObjectNode();
    }
    if (!(node instanceof ObjectNode object)) {
      throw new FieldException("body", "body: expected a JSON object, got " + node.getNodeType());
    }
    return object;
  }

  /** A text field of a JSON body, if given and not blank. */
  static Optional<String> text(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new FieldException(field, field + ": expected text, got " + value.getNodeType());
    }
    return Optional.of(value.asText().strip()).filter(text -> !text.isEmpty());
  }

  /** A field that must be given. */
  static String required(Optional<String> value, String field, String expected) {
    return value.orElseThrow(
        () -> new FieldException(field, field + ": expected " + expected + ", got nothing"));
  }

  /** A value parsed by {@code parse}, which answers empty (or throws) for a wrong one. */
  static <T> T parsed(
      String field, String value, String expected, Function<String, Optional<T>> parse) {
    Optional<T> result;
    try {
      result = parse.apply(value.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      result = Optional.empty();
    }
    return result.orElseThrow(() ->
        new FieldException(field, field + ": expected " + expected + ", got '" + value + "'"));
  }

  /** The {@code pageSize} asked of a workflow list: 50 unless asked, from 1 to 200. */
  static int pageSize(Params params) {
    return params.integer("pageSize", 50, 1, 200);
  }

  static LocalDate date(String field, String value) {
    return parsed(field, value, "a date as 2020-03-02", text -> Optional.of(LocalDate.parse(text)));
  }

  /** A constant of {@code type} named in any case, with {@code -} or {@code _} between words. */
  static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
    String expected =
        "one of "
            + String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                    .map(each -> each.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList());
    return parsed(
        field,
        value,
        expected,
        text -> Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'))));
  }

  static int whole(String field, String value, int min, int max) {
    return parsed(
        field,
        value,
        "a whole number from " + min + " to " + max,
        text -> Optional.of(Integer.parseInt(text)).filter(n -> n >= min && n <= max));
  }

  private static String firstLine(IOException e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
