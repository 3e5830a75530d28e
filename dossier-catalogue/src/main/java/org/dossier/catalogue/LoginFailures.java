package org.dossier.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins by subject (an account name or a source address, as the login throttle names
 * them), kept in the catalogue so that a restart does not reset the throttle.
 */
public interface LoginFailures {

  /** Records a failure of {@code subject} at {@code at}. */
  void add(String subject, Instant at);

  /** The failures of {@code subject} after {@code after}, oldest first. */
  List<Instant> after(String subject, Instant after);

  /** Forgets every failure of {@code subject}. */
  void clear(String subject);

  /** Forgets every failure at or before {@code before}; returns how many. */
  int deleteUntil(Instant before);
}
