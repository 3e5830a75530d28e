package org.dossier.catalogue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The tests of {@link ProvisionalDocumentsTest} on a PostgreSQL catalogue, when PostgreSQL is
 * available.
 */
class PostgresProvisionalDocumentsTest extends ProvisionalDocumentsTest {
  private String schema;

  @BeforeAll
  static void requirePostgres() {
    LocalPostgres.unavailable().ifPresent(reason -> Assumptions.abort(reason));
  }

  @Override
  Catalogue openCatalogue() {
    try {
      if (schema == null) {
        schema = LocalPostgres.createSchema();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema: " + e.getMessage(), e);
    }
    return Catalogue.connect(LocalPostgres.dataSource(schema));
  }

  @AfterEach
  void dropSchema() throws SQLException {
    catalogue.close();
    if (schema != null) {
      LocalPostgres.dropSchema(schema);
    }
  }
}
