package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dossier.catalogue.CatalogueException;

/**
 * The triggers that keep the audit trail append-only, in the dialect of the database at hand: the
 * one part of the schema SQLite and PostgreSQL cannot share. Migration V3 takes them as the
 * placeholder {@value #PLACEHOLDER}.
 */
final class AuditGuard {
  static final String PLACEHOLDER = "auditTrailGuard";

  private static final String REFUSAL = "the audit trail is append-only";

  private static final String SQLITE =
      "CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail"
          + " BEGIN SELECT RAISE(ABORT, '"
          + REFUSAL
          + "'); END;\n"
          + "CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail"
          + " BEGIN SELECT RAISE(ABORT, '"
          + REFUSAL
          + "'); END;\n";

  private static final String POSTGRESQL =
      "CREATE FUNCTION audit_trail_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
          + " BEGIN RAISE EXCEPTION '"
          + REFUSAL
          + "'; END; $$;\n"
          + "CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE OR TRUNCATE"
          + " ON audit_trail FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse();\n";

  private AuditGuard() {}

  static String forDatabase(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new CatalogueException(
          "Cannot connect to the catalogue database: " + e.getMessage(), e);
    }
    return switch (product) {
      case "SQLite" -> SQLITE;
      case "PostgreSQL" -> POSTGRESQL;
      default -> throw new CatalogueException("Unsupported catalogue database: " + product);
    };
  }
}
