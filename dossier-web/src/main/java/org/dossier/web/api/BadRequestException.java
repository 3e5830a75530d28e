package org.dossier.web.api;

/**
 * A request the API cannot answer as asked: a parameter is missing or malformed. Its message names
 * the parameter and the form expected; it becomes a 400 problem.
 */
final class BadRequestException extends RuntimeException {
  private final String parameter;

  BadRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter at fault. */
  String parameter() {
    return parameter;
  }
}
