package org.dossier.catalogue.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection kept open for many transactions that prepares each SQL text once: SQLite compiles a
 * statement on every {@code prepareStatement}, which costs as much as running most of the
 * catalogue's statements, and an import runs the same few dozen statements for every file. The
 * statements handed out are the cached ones; closing them only clears their parameters, and they
 * close with the connection. Used by one thread at a time, like any JDBC connection.
 */
final class ReusedConnection {
  private ReusedConnection() {}

  /** {@code connection}, preparing each SQL text once. */
  static Connection of(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            ReusedConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new CachingConnection(connection));
  }

  /**
   * Statements kept per connection at most. The catalogue's SQL is a fixed set but for {@code IN
   * (…)} lists, one text per list length; the least recently used beyond this are closed.
   */
  private static final int KEPT_STATEMENTS = 128;

  private static final class CachingConnection implements InvocationHandler {
    private final Connection connection;

    @SuppressWarnings("serial")
    private final Map<String, PreparedStatement> statements =
        new LinkedHashMap<>(KEPT_STATEMENTS, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= KEPT_STATEMENTS) {
              return false;
            }
            try {
              eldest.getValue().unwrap(PreparedStatement.class).close();
            } catch (SQLException e) {
              // A statement that fails to close is dropped all the same; the connection closes it.
            }
            return true;
          }
        };

    CachingConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("prepareStatement")
          && args.length == 1
          && args[0] instanceof String sql) {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
          statement = reusable(connection.prepareStatement(sql));
          statements.put(sql, statement);
        }
        return statement;
      }
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        closeStatements();
      }
      return delegate(connection, method, args);
    }

    private void closeStatements() throws SQLException {
      SQLException failure = null;
      for (PreparedStatement statement : statements.values()) {
        try {
          statement.unwrap(PreparedStatement.class).close();
        } catch (SQLException e) {
          failure = failure == null ? e : failure;
        }
      }
      statements.clear();
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** A statement whose {@code close} readies it for the next use instead of closing it. */
  private static PreparedStatement reusable(PreparedStatement statement) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            ReusedConnection.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "close" -> {
                    statement.clearParameters();
                    yield null;
                  }
                  case "isClosed" -> false;
                  case "unwrap" -> statement;
                  default -> delegate(statement, method, args);
                });
  }

  private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
