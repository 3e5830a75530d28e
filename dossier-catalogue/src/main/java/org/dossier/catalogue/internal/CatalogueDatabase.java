package org.dossier.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a catalogue database: refuses what is not a Dossier catalogue or was written by a newer
 * Dossier, then brings the schema up to date with Flyway and records the Dossier version writing
 * it.
 */
public final class CatalogueDatabase {
  private static final String FORMAT = "dossier-catalogue";
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private CatalogueDatabase() {}

  /** Opens or creates the SQLite catalogue in {@code directory}. */
  public static Catalogue openEmbedded(Path directory) {
    Path file = directory.resolve(Catalogue.DATABASE_FILE);
    boolean exists = Files.exists(file);
    if (exists) {
      requireSqlite(file);
    } else {
      prepareNewDirectory(directory);
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    SQLiteDataSource writers = new SQLiteDataSource(sqliteConfig(true));
    writers.setUrl(url);
    SQLiteDataSource readers = new SQLiteDataSource(sqliteConfig(false));
    readers.setUrl(url);
    return open(writers, readers, file.toString(), Connections::reusing);
  }

  /** Connects to a catalogue on a server database. */
  public static Catalogue connect(DataSource dataSource) {
    String location;
    try (Connection connection = dataSource.getConnection()) {
      // Without its parameters: a JDBC URL may carry the password.
      location = "the database " + connection.getMetaData().getURL().replaceFirst("\\?.*", "");
    } catch (SQLException e) {
      throw new CatalogueException(
          "Cannot connect to the catalogue database: " + e.getMessage(), e);
    }
    return open(dataSource, dataSource, location, Connections::opening);
  }

  private static Catalogue open(
      DataSource writers,
      DataSource readers,
      String location,
      BiFunction<DataSource, DataSource, Connections> connections) {
    DossierVersion current = DossierVersion.current();
    Flyway flyway =
        Flyway.configure(CatalogueDatabase.class.getClassLoader())
            .dataSource(writers)
            .locations("classpath:db/migration")
            .placeholders(Map.of(AuditGuard.PLACEHOLDER, AuditGuard.forDatabase(writers)))
            .cleanDisabled(true)
            .load();
    try {
      refuseForeignOrNewer(writers, flyway, location, current);
      flyway.migrate();
      recordWriter(writers, current);
    } catch (SQLException | FlywayException e) {
      throw new CatalogueException(
          "Cannot open the catalogue " + location + ": " + e.getMessage(), e);
    }
    MigrationInfo applied = flyway.info().current();
    return new JdbcCatalogue(connections.apply(readers, writers), applied.getVersion().toString());
  }

  private static void prepareNewDirectory(Path directory) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new CatalogueException(
          directory + " is not a directory, so it cannot hold a catalogue");
    }
    try {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> entries = Files.list(directory)) {
          if (entries.findAny().isPresent()) {
            throw new CatalogueException(
                directory
                    + " is not a Dossier catalogue: it has no "
                    + Catalogue.DATABASE_FILE
                    + " and is not empty (a new catalogue needs a new or empty directory)");
          }
        }
      }
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CatalogueException(
          "Cannot create the catalogue directory " + directory + ": " + e, e);
    }
  }

  private static void requireSqlite(Path file) {
    byte[] header = new byte[SQLITE_HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      throw new CatalogueException("Cannot read the catalogue " + file + ": " + e, e);
    }
    if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
      throw new CatalogueException(
          file + " is not a Dossier catalogue: it is not a SQLite database");
    }
  }

  private static SQLiteConfig sqliteConfig(boolean writer) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    if (writer) {
      // WAL lets readers keep reading during a write. FULL makes each commit durable even on power
      // loss, so an index can never have applied a change the catalogue then forgets (and would
      // number again), and a file reported imported stays imported. NORMAL would survive kill -9
      // but not a power cut, and would save only one WAL sync per commit: imports commit a batch
      // of versions at a time, and that sync is a small part of an import's disk waits (see the
      // Import section of docs/benchmarks.md). IMMEDIATE takes the write lock at BEGIN, so a
      // second writer waits instead of failing mid-transaction.
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }
    return config;
  }

  private static void refuseForeignOrNewer(
      DataSource dataSource, Flyway flyway, String location, DossierVersion current)
      throws SQLException {
    Optional<String> lastWriter;
    try (Connection connection = dataSource.getConnection()) {
      boolean marked = hasTable(connection, "catalogue_info");
      if (!marked) {
        if (hasTable(connection, "%")) {
          throw new CatalogueException(
              location + " is not a Dossier catalogue: it holds tables but no catalogue_info");
        }
        return;
      }
      Optional<String> format = info(connection, "format");
      if (!format.equals(Optional.of(FORMAT))) {
        throw new CatalogueException(
            location + " is not a Dossier catalogue: its format is " + format.orElse("missing"));
      }
      lastWriter = info(connection, "last-written-by");
    }
    String known = newestKnownSchema(flyway);
    for (MigrationInfo applied : flyway.info().applied()) {
      if (applied.getState() == MigrationState.FUTURE_SUCCESS
          || applied.getState() == MigrationState.FUTURE_FAILED) {
        throw newerThanThis(location, lastWriter, "schema " + applied.getVersion(), current, known);
      }
    }
    if (lastWriter.isPresent() && DossierVersion.parse(lastWriter.get()).compareTo(current) > 0) {
      throw newerThanThis(location, lastWriter, "schema " + known, current, known);
    }
  }

  private static CatalogueException newerThanThis(
      String location,
      Optional<String> lastWriter,
      String theirSchema,
      DossierVersion current,
      String known) {
    return new CatalogueException(
        "The catalogue "
            + location
            + " was written by a newer Dossier ("
            + lastWriter.map(version -> "Dossier " + version + ", ").orElse("")
            + theirSchema
            + ") than this one (Dossier "
            + current
            + ", schema "
            + known
            + "): open it with Dossier "
            + lastWriter.orElse("of that version")
            + " or newer");
  }

  private static String newestKnownSchema(Flyway flyway) {
    return Arrays.stream(flyway.info().all())
        .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(Comparable::compareTo)
        .map(Object::toString)
        .orElse("none");
  }

  private static void recordWriter(DataSource dataSource, DossierVersion current)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      String upsert =
          "INSERT INTO catalogue_info (name, value) VALUES (?, ?)"
              + " ON CONFLICT (name) DO UPDATE SET value = excluded.value";
      Jdbc.update(
          connection,
          "INSERT INTO catalogue_info (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
          "created-by",
          current.toString());
      Jdbc.update(connection, upsert, "last-written-by", current.toString());
      connection.commit();
    }
  }

  private static Optional<String> info(Connection connection, String name) throws SQLException {
    return Jdbc.first(
        connection,
        "SELECT value FROM catalogue_info WHERE name = ?",
        row -> row.getString(1),
        name);
  }

  private static boolean hasTable(Connection connection, String namePattern) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet tables =
        metaData.getTables(null, connection.getSchema(), namePattern, new String[] {"TABLE"})) {
      return tables.next();
    }
  }
}
