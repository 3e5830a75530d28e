package org.dossier.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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
  private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(10), clock);

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
  void failuresThatLeftTheWindowAreForgotten() {
    throttle.failed("carol", "10.0.0.1");
    clock.now = clock.now.plus(Duration.ofMinutes(11));
    assertThat(throttle.waitBefore("carol", "10.0.0.1")).isEmpty();
    assertThat(throttle.remembered()).isZero();
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
