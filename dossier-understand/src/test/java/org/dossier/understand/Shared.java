package org.dossier.understand;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared project folder ({@code ../shared} next to the project root). */
final class Shared {
  private Shared() {}

  /** The shared file at {@code relative}, looked for above the module and the project root. */
  static Path path(String relative) {
    Path directory = Path.of("").toAbsolutePath();
    for (int up = 0; up < 3 && directory != null; up++, directory = directory.getParent()) {
      Path candidate = directory.resolve("../shared").resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared file not found: ../shared/" + relative);
  }
}
