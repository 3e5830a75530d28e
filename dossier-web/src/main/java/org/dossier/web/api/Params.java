package org.dossier.web.api;

import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;

/** Reads query parameters; a malformed one is a {@link BadRequestException} naming it. */
final class Params {
  private final ServerRequest request;

  Params(ServerRequest request) {
    this.request = request;
  }

  Optional<String> text(String name) {
    return request.query().contains(name)
        ? Optional.of(request.query().get(name))
        : Optional.empty();
  }

  List<String> all(String name) {
    return request.query().contains(name) ? request.query().all(name) : List.of();
  }

  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the range expected.
    }
    throw new BadRequestException(
        name,
        name
            + ": expected a whole number from "
            + min
            + " to "
            + max
            + ", got '"
            + text.get()
            + "'");
  }

  boolean flag(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return false;
    }
    return switch (text.get().strip()) {
      case "true", "" -> true;
      case "false" -> false;
      default ->
          throw new BadRequestException(
              name, name + ": expected true or false, got '" + text.get() + "'");
    };
  }

  /** One of {@code choices} (lower case), or the default when absent. */
  String choice(String name, String defaultValue, List<String> choices) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    String value = text.get().strip();
    if (!choices.contains(value)) {
      throw new BadRequestException(
          name, name + ": expected one of " + String.join(", ", choices) + ", got '" + value + "'");
    }
    return value;
  }
}
