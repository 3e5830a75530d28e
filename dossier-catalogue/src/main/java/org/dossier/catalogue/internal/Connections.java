package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The catalogue's connections: one writer connection, kept open and used by one thread at a time,
 * and a read connection per read, each read in one transaction so it sees one snapshot. For an
 * embedded database ({@link #reusing}), read connections are kept for the next read rather than
 * opened each time, and every kept connection prepares each statement once.
 */
final class Connections implements AutoCloseable {
  /** Idle read connections kept at most: one per thread that reads at the same time, typically. */
  private static final int IDLE_READERS = 8;

  /** Work done with a connection inside a transaction. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource readers;
  private final DataSource writers;
  private final boolean reuse;
  private final Queue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private Connection writer;

  private Connections(DataSource readers, DataSource writers, boolean reuse) {
    this.readers = readers;
    this.writers = writers;
    this.reuse = reuse;
  }

  /** Connections to a server database, whose data source pools them (or not) as configured. */
  static Connections opening(DataSource readers, DataSource writers) {
    return new Connections(readers, writers, false);
  }

  /** Connections to an embedded database, kept open and preparing each statement once. */
  static Connections reusing(DataSource readers, DataSource writers) {
    return new Connections(readers, writers, true);
  }

  <T> T read(Work<T> work) throws SQLException {
    Connection connection = idleReaders.poll();
    if (connection == null) {
      connection = open(readers);
    }
    T result;
    try {
      result = work.run(connection);
      connection.rollback();
    } catch (SQLException | RuntimeException | Error e) {
      // A connection whose read failed is not kept: closing it ends its transaction.
      closeAfter(connection, e);
      throw e;
    }
    if (reuse && idleReaders.size() < IDLE_READERS) {
      idleReaders.add(connection);
    } else {
      connection.close();
    }
    return result;
  }

  private Connection open(DataSource source) throws SQLException {
    Connection connection = source.getConnection();
    connection.setAutoCommit(false);
    return reuse ? ReusedConnection.of(connection) : connection;
  }

  private static void closeAfter(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
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
      writer = open(writers);
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
    closeAfter(writer, failure);
    writer = null;
  }

  @Override
  public void close() throws SQLException {
    writeLock.lock();
    try {
      for (Connection idle = idleReaders.poll(); idle != null; idle = idleReaders.poll()) {
        idle.close();
      }
      if (writer != null) {
        writer.close();
        writer = null;
      }
    } finally {
      writeLock.unlock();
    }
  }
}
