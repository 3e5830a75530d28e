package org.dossier.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins: at most {@code perAccount} failures for one account name and {@code
 * perSource} from one source (an IP address) within a sliding window. Past either limit, further
 * attempts are refused until the oldest failure leaves the window, whether the account exists or
 * not, so the refusal tells nothing about it. A success clears the account's failures.
 */
public final class LoginThrottle {
  private final int perAccount;
  private final int perSource;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int perAccount, int perSource, Duration window, Clock clock) {
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
  }

  /** 5 failures per account and 20 per source in 15 minutes. */
  public static LoginThrottle standard() {
    return new LoginThrottle(5, 20, Duration.ofMinutes(15), Clock.systemUTC());
  }

  /** How long to wait before another attempt, or empty when one is allowed now. */
  public Optional<Duration> waitBefore(String account, String source) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (Map.Entry<String, Integer> key :
        Map.of(accountKey(account), perAccount, sourceKey(source), perSource).entrySet()) {
      // Read and pruned atomically per key; a key whose failures all left the window is
      // forgotten, so the map holds only names and sources that failed recently.
      Instant[] oldest = new Instant[1];
      failures.computeIfPresent(
          key.getKey(),
          (k, recent) -> {
            Deque<Instant> kept = prune(recent, now);
            if (kept != null && kept.size() >= key.getValue()) {
              oldest[0] = kept.peekFirst();
            }
            return kept;
          });
      if (oldest[0] != null) {
        Duration until = Duration.between(now, oldest[0].plus(window));
        wait = until.compareTo(wait) > 0 ? until : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String account, String source) {
    Instant now = clock.instant();
    for (String key : new String[] {accountKey(account), sourceKey(source)}) {
      failures.compute(
          key,
          (k, recent) -> {
            Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
            prune(kept, now);
            kept.addLast(now);
            return kept;
          });
    }
  }

  /** How many names and sources the throttle remembers failures of. */
  int remembered() {
    return failures.size();
  }

  public void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  /** Drops the failures that left the window; returns what is left, or null when nothing is. */
  private Deque<Instant> prune(Deque<Instant> recent, Instant now) {
    Instant oldest = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
      recent.removeFirst();
    }
    return recent.isEmpty() ? null : recent;
  }

  private static String accountKey(String account) {
    return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
  }

  private static String sourceKey(String source) {
    return "source:" + (source == null ? "" : source);
  }
}
