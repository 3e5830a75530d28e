package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Catalogue#open} accepts, creates and refuses. */
class CatalogueOpeningTest {
  @TempDir Path directory;

  @Test
  void aMissingDirectoryBecomesANewCatalogue() {
    Path location = directory.resolve("new/catalogue");

    try (Catalogue catalogue = Catalogue.open(location)) {
      assertThat(catalogue.counts().documents()).isZero();
      assertThat(catalogue.schemaVersion()).isEqualTo("6");
    }
    assertThat(location.resolve(Catalogue.DATABASE_FILE)).isRegularFile();
  }

  @Test
  void anEmptyDirectoryBecomesANewCatalogue() {
    try (Catalogue catalogue = Catalogue.open(directory)) {
      assertThat(catalogue.lastChange()).isZero();
    }
  }

  @Test
  void aDirectoryWithOtherFilesIsRefused() throws IOException {
    Files.writeString(directory.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Catalogue.open(directory))
        .isInstanceOf(CatalogueException.class)
        .hasMessage(
            directory
                + " is not a Dossier catalogue: it has no catalogue.db and is not empty"
                + " (a new catalogue needs a new or empty directory)");
  }

  @Test
  void aCatalogueFileThatIsNotSqliteIsRefused() throws IOException {
    Files.writeString(directory.resolve(Catalogue.DATABASE_FILE), "hello", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Catalogue.open(directory))
        .hasMessage(
            directory.resolve(Catalogue.DATABASE_FILE)
                + " is not a Dossier catalogue: it is not a SQLite database");
  }

  @Test
  void aSqliteDatabaseOfSomethingElseIsRefused() throws SQLException {
    execute(directory, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");

    assertThatThrownBy(() -> Catalogue.open(directory))
        .hasMessageContaining(directory.resolve(Catalogue.DATABASE_FILE).toString())
        .hasMessageContaining("is not a Dossier catalogue: it holds tables but no catalogue_info");
  }

  @Test
  void aCatalogueLastWrittenByANewerDossierIsRefused() throws SQLException {
    Catalogue.open(directory).close();
    execute(directory, "UPDATE catalogue_info SET value = '99.0.0' WHERE name = 'last-written-by'");

    assertThatThrownBy(() -> Catalogue.open(directory))
        .isInstanceOf(CatalogueException.class)
        .hasMessageStartingWith(
            "The catalogue "
                + directory.resolve(Catalogue.DATABASE_FILE)
                + " was written by a newer Dossier (Dossier 99.0.0, schema 6) than this one (Dossier ")
        .hasMessageEndingWith("open it with Dossier 99.0.0 or newer");
  }

  @Test
  void aCatalogueWithANewerSchemaIsRefused() throws SQLException {
    Catalogue.open(directory).close();
    execute(
        directory,
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, installed_on, execution_time, success)"
            + " VALUES (99, '7', 'from the future', 'SQL', 'V7__future.sql', 0, 'test',"
            + " CURRENT_TIMESTAMP, 1, 1)");

    assertThatThrownBy(() -> Catalogue.open(directory))
        .hasMessageContaining("was written by a newer Dossier")
        .hasMessageContaining("schema 7) than this one")
        .hasMessageContaining(", schema 6)");
  }

  private static void execute(Path directory, String sql) throws SQLException {
    String url = "jdbc:sqlite:" + directory.resolve(Catalogue.DATABASE_FILE);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
