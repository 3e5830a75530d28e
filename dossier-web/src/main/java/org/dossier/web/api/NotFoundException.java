package org.dossier.web.api;

import java.util.List;

/** Nothing visible answers to what the request named; becomes a 404 problem with suggestions. */
final class NotFoundException extends RuntimeException {
  private final List<String> suggestions;

  NotFoundException(String message, List<String> suggestions) {
    super(message);
    this.suggestions = List.copyOf(suggestions);
  }

  List<String> suggestions() {
    return suggestions;
  }
}
