package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web's sessions and the login throttle's failures as the catalogue keeps them (schema V5):
 * found by id hash while live, gone once expired or deleted, kept when the catalogue is closed and
 * opened again; failures by subject, in order, pruned by time.
 */
class SignInsTest extends CatalogueFixture {
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  private static final String HASH = "a".repeat(64);

  @Test
  void aSessionIsFoundWhileLiveAndGoneOnceExpiredOrDeleted() {
    SessionStore sessions = catalogue.sessions();
    SessionStore.StoredSession session =
        new SessionStore.StoredSession(HASH, "delegate.fra", "token-1", NOON.plusSeconds(3600));
    sessions.put(session);
    sessions.put(
        new SessionStore.StoredSession(
            "b".repeat(64), "registrar", "token-2", NOON.plusSeconds(60)));

    assertThat(sessions.find(HASH, NOON)).contains(session);
    assertThat(sessions.find("c".repeat(64), NOON)).isEmpty();
    assertThat(sessions.find(HASH, NOON.plusSeconds(3600))).as("expired at its end").isEmpty();
    assertThat(sessions.find(HASH, NOON)).as("and deleted then").isEmpty();

    assertThat(sessions.deleteExpired(NOON.plusSeconds(60))).isEqualTo(1);
    assertThat(sessions.find("b".repeat(64), NOON)).isEmpty();

    sessions.put(session);
    sessions.delete(HASH);
    sessions.delete(HASH);
    assertThat(sessions.find(HASH, NOON)).isEmpty();
  }

  @Test
  void anAccountsOtherSessionsEndAndTheKeptOneAndOtherAccountsStay() {
    SessionStore sessions = catalogue.sessions();
    Instant end = NOON.plusSeconds(3600);
    sessions.put(new SessionStore.StoredSession(HASH, "delegate.fra", "t1", end));
    sessions.put(new SessionStore.StoredSession("b".repeat(64), "delegate.fra", "t2", end));
    sessions.put(new SessionStore.StoredSession("c".repeat(64), "Delegate.FRA", "t3", end));
    sessions.put(new SessionStore.StoredSession("d".repeat(64), "registrar", "t4", end));

    assertThat(sessions.deleteOthers("DELEGATE.fra", HASH)).isEqualTo(2);

    assertThat(sessions.find(HASH, NOON)).isPresent();
    assertThat(sessions.find("b".repeat(64), NOON)).isEmpty();
    assertThat(sessions.find("c".repeat(64), NOON)).isEmpty();
    assertThat(sessions.find("d".repeat(64), NOON)).isPresent();
  }

  @Test
  void sessionsAndFailuresOutliveTheCatalogueBeingClosed() {
    SessionStore.StoredSession session =
        new SessionStore.StoredSession(HASH, "registrar", "token", NOON.plusSeconds(3600));
    catalogue.sessions().put(session);
    catalogue.loginFailures().add("account:registrar", NOON);
    catalogue.close();
    catalogue = openCatalogue();

    assertThat(catalogue.sessions().find(HASH, NOON)).contains(session);
    assertThat(catalogue.loginFailures().after("account:registrar", NOON.minusSeconds(1)))
        .containsExactly(NOON);
  }

  @Test
  void failuresAreKeptBySubjectInOrderAndPrunedByTime() {
    LoginFailures failures = catalogue.loginFailures();
    failures.add("account:admin", NOON.plusSeconds(20));
    failures.add("account:admin", NOON);
    failures.add("source:127.0.0.1", NOON.plusSeconds(10));

    assertThat(failures.after("account:admin", NOON.minusSeconds(1)))
        .containsExactly(NOON, NOON.plusSeconds(20));
    assertThat(failures.after("account:admin", NOON)).containsExactly(NOON.plusSeconds(20));
    assertThat(failures.after("account:nobody", NOON.minusSeconds(1))).isEmpty();

    assertThat(failures.deleteUntil(NOON.plusSeconds(10))).isEqualTo(2);
    assertThat(failures.after("account:admin", NOON.minusSeconds(1)))
        .containsExactly(NOON.plusSeconds(20));
    failures.clear("account:admin");
    assertThat(failures.after("account:admin", NOON.minusSeconds(1))).isEqualTo(List.of());
  }
}
