package org.dossier.access;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.catalogue.AccountRecord;
import org.dossier.catalogue.Accounts;
import org.dossier.catalogue.ApiTokenRecord;
import org.dossier.catalogue.CatalogueException;
import org.dossier.model.Language;

/**
 * Accounts, logins and API tokens over the catalogue's account store. Logins answer an unknown
 * name, a wrong password and a disabled account with the same message after the same work (a dummy
 * hash is verified for an unknown name), and are throttled per account and per source.
 */
public final class AccessControl {
  /** The one answer to a failed login, whatever failed. */
  public static final String LOGIN_REFUSED = "Wrong account name or password.";

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;

  public AccessControl(Accounts accounts, PasswordHasher hasher, LoginThrottle throttle) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
  }

  /** What a token may do: read as its account, or also act (submit, register…). */
  public enum TokenScope {
    READ,
    WRITE
  }

  /** The answer to a login. */
  public sealed interface Login {
    /** Signed in as this viewer. */
    record Success(Viewer viewer) implements Login {}

    /** Refused with {@link #LOGIN_REFUSED}. */
    record Refused(String message) implements Login {}

    /** Too many failures recently: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter, String message) implements Login {}
  }

  /** The answer to a password change refused because the current password was not given right. */
  public static final String CURRENT_PASSWORD_WRONG = "The current password is wrong.";

  /** A token just created: its secret is shown this once and never stored. */
  public record NewToken(ApiTokenRecord token, String secret) {}

  /** A valid token's viewer and scope. */
  public record TokenLogin(Viewer viewer, TokenScope scope) {}

  public Login login(String name, String password, String source) {
    Optional<Duration> wait = throttle.waitBefore(name, source);
    if (wait.isPresent()) {
      return throttled(wait.get());
    }
    Optional<AccountRecord> account = accounts.byName(name);
    boolean matches;
    if (account.isPresent()) {
      matches = hasher.verify(password, account.get().passwordHash());
    } else {
      hasher.verifyNothing(password);
      matches = false;
    }
    if (!matches || account.get().disabled()) {
      throttle.failed(name, source);
      return new Login.Refused(LOGIN_REFUSED);
    }
    throttle.succeeded(name);
    return new Login.Success(viewerOf(account.get()));
  }

  /**
   * The viewer a kept session of {@code name} reads as: empty when the account is gone or disabled,
   * so disabling an account ends its sessions at their next request.
   */
  public Optional<Viewer> signedIn(String name) {
    return accounts
        .byName(name)
        .filter(account -> !account.disabled())
        .map(AccessControl::viewerOf);
  }

  /** The viewer and scope of a valid token; empty for a forged, revoked or disabled one. */
  public Optional<TokenLogin> authenticate(String secret) {
    if (secret == null || !secret.startsWith(ApiTokens.PREFIX)) {
      return Optional.empty();
    }
    return accounts
        .tokenOwner(ApiTokens.hash(secret))
        .map(owner ->
            new TokenLogin(viewerOf(owner.account()), TokenScope.valueOf(owner.token().scope())));
  }

  /** Creates an account with a password; administrators only. */
  public AccountRecord createAccount(
      Viewer actor,
      String name,
      Role role,
      String mission,
      Set<Language> languages,
      String password) {
    AccessPolicy.require(actor, AccessPolicy.Action.MANAGE_ACCOUNTS, null);
    if (role == Role.PUBLIC) {
      throw new IllegalArgumentException("the public needs no account: choose another role");
    }
    // The viewer checks the role's scope: a delegate's State, a translator's languages.
    Viewer scoped = new Viewer(name, role, mission, languages);
    return accounts.create(
        new AccountRecord(
            0,
            name,
            role.name(),
            scoped.mission(),
            scoped.languages(),
            hasher.hash(password),
            false),
        actor.name());
  }

  public List<AccountRecord> accounts(Viewer actor) {
    AccessPolicy.require(actor, AccessPolicy.Action.MANAGE_ACCOUNTS, null);
    return accounts.list();
  }

  /**
   * Disables or enables an account; administrators only, and none may disable its own account (no
   * one would be left to enable it, were it the last).
   */
  public AccountRecord setDisabled(Viewer actor, String name, boolean disabled) {
    AccessPolicy.require(actor, AccessPolicy.Action.MANAGE_ACCOUNTS, null);
    if (disabled && actor.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
      throw new IllegalArgumentException("an administrator cannot disable its own account");
    }
    return accounts.setDisabled(name, disabled, actor.name());
  }

  /**
   * Changes the signed-in {@code actor}'s own password when {@code current} is its password now:
   * {@link Login.Success} once changed (audited, never with a hash), {@link Login.Refused} with
   * {@link #CURRENT_PASSWORD_WRONG}, or {@link Login.Throttled} — wrong current passwords count as
   * failed logins of the account from {@code source}, so a session left open cannot be used to
   * guess its password. The new password is hashed before the current one is checked, so a refusal
   * costs the same work as a change.
   *
   * @throws IllegalArgumentException if the new password is empty
   */
  public Login changePassword(Viewer actor, String current, String replacement, String source) {
    if (actor.role() == Role.PUBLIC) {
      throw new AccessDeniedException("the public has no password to change: sign in first");
    }
    String hash = hasher.hash(replacement);
    Optional<Duration> wait = throttle.waitBefore(actor.name(), source);
    if (wait.isPresent()) {
      return throttled(wait.get());
    }
    Optional<AccountRecord> account = accounts.byName(actor.name());
    boolean matches;
    if (account.isPresent()) {
      matches = hasher.verify(current, account.get().passwordHash());
    } else {
      hasher.verifyNothing(current);
      matches = false;
    }
    if (!matches) {
      throttle.failed(actor.name(), source);
      return new Login.Refused(CURRENT_PASSWORD_WRONG);
    }
    throttle.succeeded(actor.name());
    accounts.setPasswordHash(actor.name(), hash, actor.name());
    return new Login.Success(viewerOf(account.get()));
  }

  /** The tokens of an account, newest first: administrators for any account, anyone for its own. */
  public List<ApiTokenRecord> tokens(Viewer actor, String accountName) {
    requireSelfOrAdministrator(actor, accountName);
    return accounts.tokens(accountName);
  }

  /**
   * Creates a token acting for an account: administrators for any account, anyone signed in for
   * their own.
   */
  public NewToken createToken(Viewer actor, String accountName, TokenScope scope, String label) {
    requireSelfOrAdministrator(actor, accountName);
    if (accounts.byName(accountName).isEmpty()) {
      throw new CatalogueException("No account is named " + accountName);
    }
    String secret = ApiTokens.newSecret();
    ApiTokenRecord token =
        accounts.createToken(
            accountName,
            ApiTokens.hash(secret),
            scope.name(),
            label == null ? "" : label,
            actor.name());
    return new NewToken(token, secret);
  }

  public ApiTokenRecord revokeToken(Viewer actor, long tokenId, String accountName) {
    requireSelfOrAdministrator(actor, accountName);
    boolean owned = accounts.tokens(accountName).stream().anyMatch(token -> token.id() == tokenId);
    if (!owned) {
      throw new CatalogueException(
          "Cannot revoke token #" + tokenId + ": " + accountName + " has no such token");
    }
    return accounts.revokeToken(tokenId, actor.name());
  }

  private static Login throttled(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return new Login.Throttled(
        wait,
        "Too many failed logins: try again in "
            + minutes
            + (minutes == 1 ? " minute." : " minutes."));
  }

  private static void requireSelfOrAdministrator(Viewer actor, String accountName) {
    boolean self = actor.role() != Role.PUBLIC && actor.name().equalsIgnoreCase(accountName);
    if (!self) {
      AccessPolicy.require(actor, AccessPolicy.Action.MANAGE_ACCOUNTS, null);
    }
  }

  /** The viewer an account signs in as. */
  public static Viewer viewerOf(AccountRecord account) {
    return new Viewer(
        account.name(), Role.valueOf(account.role()), account.mission(), account.languages());
  }
}
