package org.dossier.catalogue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The tests of {@link ProvisionalDocumentsTest} on a PostgreSQL catalogue; each is skipped, saying
 * why, when PostgreSQL is not available (see {@link LocalPostgres}).
 */
class PostgresProvisionalDocumentsTest extends ProvisionalDocumentsTest {
  private String schema;

  @Override
  Catalogue openCatalogue() {
    LocalPostgres.UNAVAILABLE.ifPresent(Assumptions::abort);
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
    if (catalogue != null) {
      catalogue.close();
    }
    if (schema != null) {
      LocalPostgres.dropSchema(schema);
    }
  }
}
