package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The catalogue's connections: one writer connection, kept open and used by one thread at a time,
 * and a fresh read connection per read, each read in one transaction so it sees one snapshot.
 */
final class Connections implements AutoCloseable {

  /** Work done with a connection inside a transaction. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource readers;
  private final DataSource writers;
  private final ReentrantLock writeLock = new ReentrantLock();
  private Connection writer;

  Connections(DataSource readers, DataSource writers) {
    this.readers = readers;
    this.writers = writers;
  }

  <T> T read(Work<T> work) throws SQLException {
    try (Connection connection = readers.getConnection()) {
      connection.setAutoCommit(false);
      try {
        return work.run(connection);
      } finally {
        connection.rollback();
      }
    }
  }

  /**
   * Runs {@code work} as the only writer, committing it, or rolling all of it back if it throws.
   */
  <T> T write(Work<T> work) throws SQLException {
    writeLock.lock();
    try {
      Connection connection = writer();
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackAfter(connection, e);
        throw e;
      }
    } finally {
      writeLock.unlock();
    }
  }

  private Connection writer() throws SQLException {
    if (writer == null || writer.isClosed()) {
      writer = writers.getConnection();
      writer.setAutoCommit(false);
    }
    return writer;
  }

  private void rollbackAfter(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
      closeWriterAfter(failure);
    }
  }

  /** A writer that cannot roll back is dropped, so the next write starts on a clean connection. */
  private void closeWriterAfter(Throwable failure) {
    try {
      writer.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    writer = null;
  }

  @Override
  public void close() throws SQLException {
    writeLock.lock();
    try {
      if (writer != null) {
        writer.close();
        writer = null;
      }
    } finally {
      writeLock.unlock();
    }
  }
}
