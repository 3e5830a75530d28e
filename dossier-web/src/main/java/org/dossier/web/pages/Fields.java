package org.dossier.web.pages;

import io.helidon.common.parameters.Parameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.installation.Circulation;
import org.dossier.web.Uploads;
import org.dossier.web.auth.Sessions;

/**
 * A posted form's fields, whether it came URL-encoded or as {@code multipart/form-data} with files.
 *
 * @param text the first value of each text field
 * @param uploads the files, when the form had any
 */
record Fields(Map<String, String> text, Uploads.Form uploads) {

  static Fields of(Parameters parameters) {
    Map<String, String> text = new LinkedHashMap<>();
    for (String name : parameters.names()) {
      text.put(name, parameters.first(name).orElse(""));
    }
    return new Fields(text, null);
  }

  static Fields of(Uploads.Form form) {
    Map<String, String> text = new LinkedHashMap<>();
    form.fields()
        .forEach((name, values) -> text.put(name, values.isEmpty() ? "" : values.getFirst()));
    return new Fields(text, form);
  }

  /** A text field's value, stripped; empty when absent or blank. */
  String value(String name) {
    return text.getOrDefault(name, "").strip();
  }

  Optional<String> first(String name) {
    return Optional.of(value(name)).filter(value -> !value.isEmpty());
  }

  /** The files sent in field {@code name}. */
  List<Circulation.Upload> files(String name) {
    return uploads == null ? List.of() : uploads.files(name);
  }

  /** The CSRF token the form carried, or {@code null}. */
  String csrf() {
    return text.get(Sessions.CSRF_FIELD);
  }

  /** The values to show again in the form: every text field but the token. */
  Map<String, String> shown() {
    Map<String, String> shown = new LinkedHashMap<>(text);
    shown.remove(Sessions.CSRF_FIELD);
    return shown;
  }
}
