package org.dossier.catalogue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The tests of {@link WorkflowTest} on PostgreSQL, among them the concurrent allocation test with
 * registrars on separate connections; skipped, saying why, when PostgreSQL is not available.
 */
class PostgresWorkflowTest extends WorkflowTest {
  private final LocalPostgres.TestSchema schema = new LocalPostgres.TestSchema();

  @Override
  Catalogue openCatalogue() {
    return schema.open();
  }

  /**
   * Each registrar a catalogue of its own, as separate servers: only the database serialises them.
   */
  @Override
  List<Catalogue> registrarDesks(int registrars) {
    List<Catalogue> desks = new ArrayList<>();
    for (int i = 0; i < registrars; i++) {
      desks.add(openCatalogue());
    }
    return desks;
  }

  @Override
  Connection rawConnection() throws SQLException {
    return schema.rawDataSource().getConnection();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.drop(catalogue);
  }
}
