package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real UN samples of the shared project folder ({@code ../shared/samples/real}). */
final class RealSamples {
  private RealSamples() {}

  /** The scanned Russian resolution of 1971: a PDF with no text layer. */
  static Path scannedPdf() {
    return path("ru/A_RES_2758(XXVI)-ru.pdf");
  }

  private static Path path(String relative) {
    Path directory = Path.of("").toAbsolutePath();
    for (int up = 0; up < 3 && directory != null; up++, directory = directory.getParent()) {
      Path candidate = directory.resolve("../shared/samples/real").resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared sample not found: ../shared/samples/real/" + relative);
  }
}
