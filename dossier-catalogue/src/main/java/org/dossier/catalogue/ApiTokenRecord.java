package org.dossier.catalogue;

import java.time.Instant;

/**
 * An API token as stored: only the SHA-256 of its secret, never the secret.
 *
 * @param id the token's identifier (what revoking names)
 * @param accountName the account it acts for
 * @param scope what it may do ({@code READ} or {@code WRITE})
 * @param label what it is for, as its creator wrote
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or {@code null} while valid
 */
public record ApiTokenRecord(
    long id, String accountName, String scope, String label, Instant createdAt, Instant revokedAt) {
  public boolean revoked() {
    return revokedAt != null;
  }
}
