package org.dossier.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The accounts and API tokens kept in the catalogue. Every change is one transaction that appends
 * to the audit trail ({@code actor} names who made it).
 */
public interface Accounts {

  /**
   * Creates an account.
   *
   * @throws CatalogueException if the name is taken
   */
  AccountRecord create(AccountRecord account, String actor);

  /** The account with this login name, in any case. */
  Optional<AccountRecord> byName(String name);

  /** Every account, by name. */
  List<AccountRecord> list();

  /** Disables or enables an account. */
  AccountRecord setDisabled(String name, boolean disabled, String actor);

  /** Replaces an account's password hash (audited without the hash). */
  void setPasswordHash(String name, String passwordHash, String actor);

  /** Stores a new token for an account: the SHA-256 of its secret (hex), never the secret. */
  ApiTokenRecord createToken(
      String accountName, String secretHash, String scope, String label, String actor);

  /** The enabled account and token a valid (unrevoked) secret hash belongs to. */
  Optional<TokenOwner> tokenOwner(String secretHash);

  /** Revokes a token; revoking it again changes nothing. */
  ApiTokenRecord revokeToken(long tokenId, String actor);

  /** The tokens of an account, newest first. */
  List<ApiTokenRecord> tokens(String accountName);

  /** A valid token and the account it acts for. */
  record TokenOwner(AccountRecord account, ApiTokenRecord token) {}
}
