package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/** Small helpers over JDBC: parameters bound by type, rows mapped by a function, ids allocated. */
final class Jdbc {
  private Jdbc() {}

  /** Maps the current row of a result set. */
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(row.map(rows));
      }
      return result;
    }
  }

  static <T> Optional<T> first(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.ofNullable(row.map(rows)) : Optional.empty();
    }
  }

  static long count(Connection connection, String sql, Object... parameters) throws SQLException {
    return first(connection, sql, rows -> rows.getLong(1), parameters).orElse(0L);
  }

  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  /**
   * The next value of a named counter in {@code id_sequence}. The increment comes first so that on
   * a server database the row stays locked until commit: ids, and so change numbers, are allocated
   * in commit order.
   */
  static long nextId(Connection connection, String sequence) throws SQLException {
    update(
        connection, "UPDATE id_sequence SET last_value = last_value + 1 WHERE name = ?", sequence);
    return first(
            connection,
            "SELECT last_value FROM id_sequence WHERE name = ?",
            rows -> rows.getLong(1),
            sequence)
        .orElseThrow(() -> new SQLException("No id sequence named " + sequence));
  }

  /** {@code ?, ?, ?} for {@code size} values, for an {@code IN (…)} list. */
  static String placeholders(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  static LocalDate date(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  static Long longOrNull(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        bind(statement, i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (value) {
      // Untyped, so that a server database infers the type from the column it meets.
      case null -> statement.setNull(index, Types.NULL);
      case String text -> statement.setString(index, text);
      case Long number -> statement.setLong(index, number);
      case Integer number -> statement.setInt(index, number);
      case LocalDate date -> statement.setString(index, date.toString());
      // The model's enums are stored in their contract spelling ("fr", "note-verbale", "General").
      case Language language -> statement.setString(index, language.code());
      case DocType type -> statement.setString(index, type.id());
      case Distribution distribution -> statement.setString(index, distribution.label());
      case Enum<?> constant -> statement.setString(index, constant.name());
      default ->
          throw new IllegalArgumentException(
              "Cannot bind a " + value.getClass().getName() + " to parameter " + index);
    }
  }
}
