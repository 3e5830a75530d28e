package org.dossier.catalogue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/**
 * The tests of {@link ProvisionalDocumentsTest} on a PostgreSQL catalogue; each is skipped, saying
 * why, when PostgreSQL is not available (see {@link LocalPostgres}).
 */
class PostgresProvisionalDocumentsTest extends ProvisionalDocumentsTest {
  private final LocalPostgres.TestSchema schema = new LocalPostgres.TestSchema();

  @Override
  Catalogue openCatalogue() {
    return schema.open();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.drop(catalogue);
  }
}
