package org.dossier.catalogue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/**
 * The tests of {@link SignInsTest} on PostgreSQL (one schema kept across the reopening); skipped,
 * saying why, when PostgreSQL is not available.
 */
class PostgresSignInsTest extends SignInsTest {
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
