package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ReusedConnectionTest {
  private static final String SQL = "SELECT ? + 1";

  @Test
  void theSameSqlIsPreparedOnceAndRunsAgainWithNewParameters() throws SQLException {
    try (Connection connection = ReusedConnection.of(DriverManager.getConnection("jdbc:sqlite:"))) {
      assertThat(plusOne(connection, 1)).isEqualTo(2);
      assertThat(plusOne(connection, 41)).isEqualTo(42);
      PreparedStatement first = connection.prepareStatement(SQL);
      first.close();
      assertThat(connection.prepareStatement(SQL)).isSameAs(first);
      assertThat(first.isClosed()).isFalse();
    }
  }

  @Test
  void closingTheConnectionClosesItsStatements() throws SQLException {
    Connection connection = ReusedConnection.of(DriverManager.getConnection("jdbc:sqlite:"));
    PreparedStatement statement = connection.prepareStatement(SQL);
    PreparedStatement real = statement.unwrap(PreparedStatement.class);

    connection.close();

    assertThat(real.isClosed()).isTrue();
    assertThat(connection.isClosed()).isTrue();
  }

  private static long plusOne(Connection connection, long value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.setLong(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
