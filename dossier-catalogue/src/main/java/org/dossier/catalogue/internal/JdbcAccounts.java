package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.catalogue.AccountRecord;
import org.dossier.catalogue.Accounts;
import org.dossier.catalogue.ApiTokenRecord;
import org.dossier.catalogue.CatalogueException;
import org.dossier.model.Language;

/** Accounts and tokens over JDBC; every change is audited in its own transaction. */
final class JdbcAccounts implements Accounts {
  private static final String SELECT_TOKEN =
      "SELECT t.*, a.name AS account_name FROM api_tokens t JOIN accounts a ON a.id = t.account_id";

  private final Connections connections;

  JdbcAccounts(Connections connections) {
    this.connections = connections;
  }

  @Override
  public AccountRecord create(AccountRecord account, String actor) {
    String name = loginName(account.name());
    return write(
        "create the account " + name,
        connection -> {
          if (find(connection, name).isPresent()) {
            throw new CatalogueException(
                "Cannot create the account " + name + ": the name is taken");
          }
          long id = Jdbc.nextId(connection, "account");
          Jdbc.update(
              connection,
              "INSERT INTO accounts (id, name, role, mission, languages, password_hash, disabled,"
                  + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              id,
              name,
              account.role(),
              account.mission(),
              codes(account.languages()),
              account.passwordHash(),
              account.disabled() ? "Y" : "N",
              Instant.now().toString());
          AccountRecord created = find(connection, name).orElseThrow();
          AuditLog.append(connection, actor, "account.create", name, null, rights(created));
          return created;
        });
  }

  @Override
  public Optional<AccountRecord> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return read(connection -> find(connection, name.strip().toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<AccountRecord> list() {
    return read(connection ->
        Jdbc.list(connection, "SELECT * FROM accounts ORDER BY name", JdbcAccounts::account));
  }

  @Override
  public AccountRecord setDisabled(String name, boolean disabled, String actor) {
    String login = loginName(name);
    return write(
        (disabled ? "disable" : "enable") + " the account " + login,
        connection -> {
          AccountRecord before = existing(connection, login);
          Jdbc.update(
              connection,
              "UPDATE accounts SET disabled = ? WHERE id = ?",
              disabled ? "Y" : "N",
              before.id());
          AccountRecord after = find(connection, login).orElseThrow();
          AuditLog.append(
              connection,
              actor,
              disabled ? "account.disable" : "account.enable",
              login,
              rights(before),
              rights(after));
          return after;
        });
  }

  @Override
  public void setPasswordHash(String name, String passwordHash, String actor) {
    String login = loginName(name);
    write(
        "change the password of " + login,
        connection -> {
          AccountRecord account = existing(connection, login);
          Jdbc.update(
              connection,
              "UPDATE accounts SET password_hash = ? WHERE id = ?",
              passwordHash,
              account.id());
          AuditLog.append(connection, actor, "account.password", login, null, "changed");
          return null;
        });
  }

  @Override
  public ApiTokenRecord createToken(
      String accountName, String secretHash, String scope, String label, String actor) {
    String login = loginName(accountName);
    return write(
        "create a token for " + login,
        connection -> {
          AccountRecord account = existing(connection, login);
          long id = Jdbc.nextId(connection, "api_token");
          Jdbc.update(
              connection,
              "INSERT INTO api_tokens (id, account_id, secret_hash, scope, label,"
                  + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
              id,
              account.id(),
              secretHash,
              scope,
              label,
              Instant.now().toString());
          ApiTokenRecord token = token(connection, id).orElseThrow();
          AuditLog.append(
              connection,
              actor,
              "token.create",
              login,
              null,
              "token #" + id + " " + scope + " (" + label + ")");
          return token;
        });
  }

  @Override
  public Optional<TokenOwner> tokenOwner(String secretHash) {
    return read(connection -> {
      Optional<Long> id =
          Jdbc.first(
              connection,
              "SELECT t.id FROM api_tokens t JOIN accounts a ON a.id = t.account_id"
                  + " WHERE t.secret_hash = ? AND t.revoked_at IS NULL AND a.disabled = 'N'",
              row -> row.getLong(1),
              secretHash);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      ApiTokenRecord token = token(connection, id.get()).orElseThrow();
      return Optional.of(
          new TokenOwner(find(connection, token.accountName()).orElseThrow(), token));
    });
  }

  @Override
  public ApiTokenRecord revokeToken(long tokenId, String actor) {
    return write(
        "revoke token #" + tokenId,
        connection -> {
          ApiTokenRecord before =
              token(connection, tokenId)
                  .orElseThrow(() ->
                      new CatalogueException(
                          "Cannot revoke token #" + tokenId + ": no such token"));
          if (before.revoked()) {
            return before;
          }
          Jdbc.update(
              connection,
              "UPDATE api_tokens SET revoked_at = ? WHERE id = ?",
              Instant.now().toString(),
              tokenId);
          AuditLog.append(
              connection,
              actor,
              "token.revoke",
              before.accountName(),
              "token #" + tokenId + " valid",
              "token #" + tokenId + " revoked");
          return token(connection, tokenId).orElseThrow();
        });
  }

  @Override
  public List<ApiTokenRecord> tokens(String accountName) {
    String login = loginName(accountName);
    return read(connection ->
        Jdbc.list(
            connection,
            SELECT_TOKEN + " WHERE a.name = ? ORDER BY t.id DESC",
            JdbcAccounts::token,
            login));
  }

  private static Optional<ApiTokenRecord> token(Connection connection, long id)
      throws SQLException {
    return Jdbc.first(connection, SELECT_TOKEN + " WHERE t.id = ?", JdbcAccounts::token, id);
  }

  private static ApiTokenRecord token(ResultSet row) throws SQLException {
    String revoked = row.getString("revoked_at");
    return new ApiTokenRecord(
        row.getLong("id"),
        row.getString("account_name"),
        row.getString("scope"),
        row.getString("label"),
        Instant.parse(row.getString("created_at")),
        revoked == null ? null : Instant.parse(revoked));
  }

  private static Optional<AccountRecord> find(Connection connection, String name)
      throws SQLException {
    return Jdbc.first(
        connection, "SELECT * FROM accounts WHERE name = ?", JdbcAccounts::account, name);
  }

  private static AccountRecord existing(Connection connection, String name) throws SQLException {
    return find(connection, name)
        .orElseThrow(() -> new CatalogueException("No account is named " + name));
  }

  private static AccountRecord account(ResultSet row) throws SQLException {
    Set<Language> languages = new TreeSet<>();
    String codes = row.getString("languages");
    if (codes != null && !codes.isEmpty()) {
      for (String code : codes.split(",")) {
        languages.add(Language.fromCode(code).orElseThrow());
      }
    }
    return new AccountRecord(
        row.getLong("id"),
        row.getString("name"),
        row.getString("role"),
        row.getString("mission"),
        languages,
        row.getString("password_hash"),
        "Y".equals(row.getString("disabled")));
  }

  /** What an audit entry records of an account's rights: never its password hash. */
  private static String rights(AccountRecord account) {
    return account.role()
        + (account.mission() == null ? "" : " of " + account.mission())
        + (account.languages().isEmpty() ? "" : " in " + codes(account.languages()))
        + (account.disabled() ? ", disabled" : "");
  }

  private static String codes(Set<Language> languages) {
    return languages.isEmpty()
        ? null
        : languages.stream().map(Language::code).sorted().collect(Collectors.joining(","));
  }

  /** Login names are compared in lower case; blank ones are refused. */
  private static String loginName(String name) {
    if (name == null || !name.strip().matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException(
          "an account name is 1 to 64 letters, digits or . _ @ -, got " + name);
    }
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private <T> T read(Connections.Work<T> work) {
    try {
      return connections.read(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot read the accounts: " + e.getMessage(), e);
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
