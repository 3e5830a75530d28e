package org.dossier.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.catalogue.LoginFailures;

/**
 * Limits failed logins: at most {@code perAccount} failures for one account name and {@code
 * perSource} from one source (an IP address) within a sliding window. Past either limit, further
 * attempts are refused until the oldest failure leaves the window, whether the account exists or
 * not, so the refusal tells nothing about it. A success clears the account's failures. The failures
 * are kept in the catalogue ({@link LoginFailures}), so a restart does not reset the count; each
 * new failure first forgets those that left the window. Two attempts at the same instant may both
 * be let through at the limit (the count is read, then written): the limit holds to within the
 * attempts in flight.
 */
public final class LoginThrottle {
  private final int perAccount;
  private final int perSource;
  private final Duration window;
  private final Clock clock;
  private final LoginFailures failures;

  public LoginThrottle(
      int perAccount, int perSource, Duration window, Clock clock, LoginFailures failures) {
    if (perAccount < 1 || perSource < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "a login throttle needs positive limits and window, got "
              + perAccount
              + ", "
              + perSource
              + ", "
              + window);
    }
    this.perAccount = perAccount;
    this.perSource = perSource;
    this.window = window;
    this.clock = clock;
    this.failures = failures;
  }

  /** 5 failures per account and 20 per source in 15 minutes, kept in {@code failures}. */
  public static LoginThrottle standard(LoginFailures failures) {
    return new LoginThrottle(5, 20, Duration.ofMinutes(15), Clock.systemUTC(), failures);
  }

  /** How long to wait before another attempt, or empty when one is allowed now. */
  public Optional<Duration> waitBefore(String account, String source) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (Map.Entry<String, Integer> key :
        Map.of(accountKey(account), perAccount, sourceKey(source), perSource).entrySet()) {
      List<Instant> recent = failures.after(key.getKey(), now.minus(window));
      if (recent.size() >= key.getValue()) {
        Duration until = Duration.between(now, recent.getFirst().plus(window));
        wait = until.compareTo(wait) > 0 ? until : wait;
      }
    }
    return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String account, String source) {
    Instant now = clock.instant();
    failures.deleteUntil(now.minus(window));
    failures.add(accountKey(account), now);
    failures.add(sourceKey(source), now);
  }

  public void succeeded(String account) {
    failures.clear(accountKey(account));
  }

  private static String accountKey(String account) {
    return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
  }

  private static String sourceKey(String source) {
    return "source:" + (source == null ? "" : source);
  }
}
