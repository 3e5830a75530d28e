package org.dossier.catalogue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the server-catalogue tests run on, in a fresh schema per test.
 *
 * <p>Set {@code DOSSIER_TEST_POSTGRES_URL} to a JDBC URL with user and password; without it the
 * tests try {@value #DEFAULT_URL}, which a local cluster offers after:
 *
 * <pre>
 * pg_ctlcluster 15 main start
 * su postgres -c "psql -c \"CREATE ROLE dossier_test LOGIN PASSWORD 'dossier_test'\""
 * su postgres -c "psql -c \"CREATE DATABASE dossier_test OWNER dossier_test\""
 * </pre>
 *
 * When neither answers, the tests are skipped and say why.
 */
final class LocalPostgres {
  static final String URL_VARIABLE = "DOSSIER_TEST_POSTGRES_URL";
  static final String DEFAULT_URL =
      "jdbc:postgresql://localhost:5432/dossier_test?user=dossier_test&password=dossier_test";

  /** Why PostgreSQL cannot be used, or empty when it can; asked once per test run. */
  static final Optional<String> UNAVAILABLE = unavailable();

  private LocalPostgres() {}

  static String url() {
    String configured = System.getenv(URL_VARIABLE);
    return configured == null || configured.isBlank() ? DEFAULT_URL : configured;
  }

  private static Optional<String> unavailable() {
    try (Connection connection = dataSource(null).getConnection()) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(
          "PostgreSQL is not available at "
              + url().replaceAll("password=[^&]*", "password=…")
              + " ("
              + e.getMessage()
              + "); start it and create the dossier_test role and database (see LocalPostgres),"
              + " or set "
              + URL_VARIABLE);
    }
  }

  /** Creates an empty schema with a unique name and returns it. */
  static String createSchema() throws SQLException {
    String schema =
        "catalogue_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema.toLowerCase(Locale.ROOT));
    return schema;
  }

  static void dropSchema(String schema) throws SQLException {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  /** Connections to the database, working in {@code schema} (or the default one when null). */
  static DataSource dataSource(String schema) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    if (schema != null) {
      dataSource.setCurrentSchema(schema);
    }
    return dataSource;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = dataSource(null).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The schema of one test: created when the test first opens its catalogue (the test is skipped,
   * saying why, when PostgreSQL is not available), dropped with the catalogue after the test.
   */
  static final class TestSchema {
    private String name;

    Catalogue open() {
      UNAVAILABLE.ifPresent(Assumptions::abort);
      try {
        if (name == null) {
          name = createSchema();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create a test schema: " + e.getMessage(), e);
      }
      return Catalogue.connect(dataSource(name));
    }

    /** Connections straight to the test's schema, bypassing the catalogue. */
    DataSource rawDataSource() {
      return LocalPostgres.dataSource(name);
    }

    void drop(Catalogue catalogue) throws SQLException {
      if (catalogue != null) {
        catalogue.close();
      }
      if (name != null) {
        dropSchema(name);
      }
    }
  }
}
