package org.dossier.catalogue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh catalogue for every test, closed after it. */
abstract class CatalogueFixture {
  @TempDir Path directory;
  Catalogue catalogue;

  @BeforeEach
  void open() {
    catalogue = openCatalogue();
  }

  /** The catalogue under test: embedded here; subclasses run the same tests on a server. */
  Catalogue openCatalogue() {
    return Catalogue.open(directory.resolve("catalogue"));
  }

  @AfterEach
  void close() {
    if (catalogue != null) {
      catalogue.close();
    }
  }
}
