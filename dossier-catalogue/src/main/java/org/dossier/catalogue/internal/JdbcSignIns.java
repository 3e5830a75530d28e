package org.dossier.catalogue.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.LoginFailures;
import org.dossier.catalogue.SessionStore;

/** Sessions and failed sign-ins over JDBC (schema V5); times as epoch milliseconds. */
final class JdbcSignIns implements SessionStore, LoginFailures {
  private final Connections connections;

  JdbcSignIns(Connections connections) {
    this.connections = connections;
  }

  @Override
  public void put(StoredSession session) {
    write(
        "keep a session",
        connection ->
            Jdbc.update(
                connection,
                "INSERT INTO web_sessions (id_hash, account_name, csrf_token, expires_at)"
                    + " VALUES (?, ?, ?, ?)",
                session.idHash(),
                session.accountName(),
                session.csrfToken(),
                session.expires().toEpochMilli()));
  }

  @Override
  public Optional<StoredSession> find(String idHash, Instant now) {
    Optional<StoredSession> found =
        read(connection ->
            Jdbc.first(
                connection,
                "SELECT * FROM web_sessions WHERE id_hash = ?",
                row ->
                    new StoredSession(
                        row.getString("id_hash"),
                        row.getString("account_name"),
                        row.getString("csrf_token"),
                        Instant.ofEpochMilli(row.getLong("expires_at"))),
                idHash));
    if (found.isPresent() && !now.isBefore(found.get().expires())) {
      delete(idHash);
      return Optional.empty();
    }
    return found;
  }

  @Override
  public void delete(String idHash) {
    write(
        "forget a session",
        connection ->
            Jdbc.update(connection, "DELETE FROM web_sessions WHERE id_hash = ?", idHash));
  }

  @Override
  public int deleteOthers(String accountName, String keptIdHash) {
    return write(
        "end the other sessions of " + accountName,
        connection ->
            Jdbc.update(
                connection,
                "DELETE FROM web_sessions WHERE LOWER(account_name) = LOWER(?) AND id_hash <> ?",
                accountName,
                keptIdHash));
  }

  @Override
  public int deleteExpired(Instant now) {
    return write(
        "forget expired sessions",
        connection ->
            Jdbc.update(
                connection, "DELETE FROM web_sessions WHERE expires_at <= ?", now.toEpochMilli()));
  }

  @Override
  public void add(String subject, Instant at) {
    write(
        "record a failed sign-in",
        connection ->
            Jdbc.update(
                connection,
                "INSERT INTO login_failures (subject, failed_at) VALUES (?, ?)",
                subject,
                at.toEpochMilli()));
  }

  @Override
  public List<Instant> after(String subject, Instant after) {
    return read(connection ->
        Jdbc.list(
            connection,
            "SELECT failed_at FROM login_failures WHERE subject = ? AND failed_at > ?"
                + " ORDER BY failed_at",
            row -> Instant.ofEpochMilli(row.getLong("failed_at")),
            subject,
            after.toEpochMilli()));
  }

  @Override
  public void clear(String subject) {
    write(
        "forget failed sign-ins",
        connection ->
            Jdbc.update(connection, "DELETE FROM login_failures WHERE subject = ?", subject));
  }

  @Override
  public int deleteUntil(Instant before) {
    return write(
        "forget old failed sign-ins",
        connection ->
            Jdbc.update(
                connection,
                "DELETE FROM login_failures WHERE failed_at <= ?",
                before.toEpochMilli()));
  }

  private <T> T read(Connections.Work<T> work) {
    try {
      return connections.read(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot read the sign-ins: " + e.getMessage(), e);
    }
  }

  private <T> T write(String what, Connections.Work<T> work) {
    try {
      return connections.write(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
