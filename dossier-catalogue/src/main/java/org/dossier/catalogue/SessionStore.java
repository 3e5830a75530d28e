package org.dossier.catalogue;

import java.time.Instant;
import java.util.Optional;

/**
 * The web's signed-in sessions, kept in the catalogue so that a restart keeps them. A session is
 * keyed by the SHA-256 (hex) of its id, never the id itself.
 */
public interface SessionStore {

  /** Keeps a new session. */
  void put(StoredSession session);

  /**
   * The session with this id hash if it is live at {@code now}; an expired one is deleted and
   * answers empty.
   */
  Optional<StoredSession> find(String idHash, Instant now);

  /** Forgets a session; forgetting it again changes nothing. */
  void delete(String idHash);

  /**
   * Forgets every session of the account (named in any case) but the one whose id hashes to {@code
   * keptIdHash}; returns how many. A password change ends the account's other sessions with it.
   */
  int deleteOthers(String accountName, String keptIdHash);

  /** Forgets every session expired at {@code now}; returns how many. */
  int deleteExpired(Instant now);

  /** A session: its id's hash, the account signed in, its CSRF token and when it ends. */
  record StoredSession(String idHash, String accountName, String csrfToken, Instant expires) {}
}
