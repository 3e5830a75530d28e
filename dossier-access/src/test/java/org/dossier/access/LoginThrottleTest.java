package org.dossier.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.dossier.catalogue.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  @TempDir Path directory;
  private Catalogue catalogue;
  private LoginThrottle throttle;

  @BeforeEach
  void open() {
    catalogue = Catalogue.open(directory.resolve("catalogue"));
    throttle = new LoginThrottle(3, 5, Duration.ofMinutes(10), clock, catalogue.loginFailures());
  }

  @AfterEach
  void close() {
    catalogue.close();
  }

  @Test
  void anAccountIsHeldAfterItsLimitUntilTheOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
      throttle.failed("alice", "10.0.0." + i);
      clock.now = clock.now.plusSeconds(60);
    }
    // Failures at 0, 1 and 2 minutes; now 3 minutes: the first leaves the window at 10.
    assertThat(throttle.waitBefore("ALICE", "10.0.0.9")).contains(Duration.ofMinutes(7));
    clock.now = clock.now.plus(Duration.ofMinutes(7));
    assertThat(throttle.waitBefore("alice", "10.0.0.9")).isEmpty();
  }

  @Test
  void aSourceIsHeldAfterItsLimitWhateverNamesItTries() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("name" + i, "10.0.0.1");
    }
    assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).contains(Duration.ofMinutes(10));
    assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).isEmpty();
  }

  @Test
  void failuresThatLeftTheWindowAreForgottenAtTheNextFailure() {
    throttle.failed("carol", "10.0.0.1");
    clock.now = clock.now.plus(Duration.ofMinutes(11));
    assertThat(throttle.waitBefore("carol", "10.0.0.1")).isEmpty();
    throttle.failed("dave", "10.0.0.2");
    Instant ever = Instant.EPOCH;
    assertThat(catalogue.loginFailures().after("account:carol", ever)).isEmpty();
    assertThat(catalogue.loginFailures().after("source:10.0.0.1", ever)).isEmpty();
    assertThat(catalogue.loginFailures().after("account:dave", ever)).hasSize(1);
  }

  /** The count is the catalogue's: a throttle over the catalogue opened again still holds. */
  @Test
  void aRestartKeepsTheCount() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("erin", "10.0.0.1");
    }
    catalogue.close();
    catalogue = Catalogue.open(directory.resolve("catalogue"));
    LoginThrottle restarted =
        new LoginThrottle(3, 5, Duration.ofMinutes(10), clock, catalogue.loginFailures());
    assertThat(restarted.waitBefore("erin", "10.0.0.7")).contains(Duration.ofMinutes(10));
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    throttle.failed("bob", "a");
    throttle.failed("bob", "b");
    throttle.succeeded("bob");
    throttle.failed("bob", "c");
    throttle.failed("bob", "d");
    assertThat(throttle.waitBefore("bob", "e")).isEmpty();
  }
}
