package org.dossier.cli;

import java.util.regex.Pattern;
import org.dossier.installation.Installation;

/**
 * A document named on the command line: a symbol (any case and spacing), a provisional key, or
 * {@code #id} as {@code dossier provisional} and {@code dossier search} print it.
 */
final class DocumentArgument {
  private static final Pattern ID = Pattern.compile("#(\\d{1,18})");

  private DocumentArgument() {}

  /** The catalogue id of the document named. */
  static long id(Installation installation, String argument) {
    var id = ID.matcher(argument.strip());
    if (id.matches()) {
      return Long.parseLong(id.group(1));
    }
    return installation
        .catalogue()
        .find(argument)
        .orElseThrow(() ->
            new IllegalArgumentException(
                "no document " + argument.strip() + " in " + installation.directory()))
        .id();
  }

  /** The symbol or key the catalogue knows the document by. */
  static String key(Installation installation, String argument) {
    var id = ID.matcher(argument.strip());
    if (!id.matches()) {
      return argument;
    }
    return installation
        .catalogue()
        .document(Long.parseLong(id.group(1)))
        .orElseThrow(() ->
            new IllegalArgumentException(
                "no document " + argument.strip() + " in " + installation.directory()))
        .key();
  }
}
