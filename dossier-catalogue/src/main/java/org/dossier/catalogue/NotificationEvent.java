package org.dossier.catalogue;

import java.util.Objects;

/**
 * What happened to a mission's submission, kept as data so that each reader is told it in its own
 * language (the web's {@code Messages} words every kind in the six).
 *
 * @param kind what happened
 * @param key the document's key when it happened ({@code submission:9}, or its symbol once
 *     registered)
 * @param symbol the symbol given, for {@link Kind#REGISTERED}; else null
 * @param reason the secretariat's reason, for {@link Kind#RETURNED} and {@link Kind#WITHDRAWN};
 *     else null
 */
public record NotificationEvent(Kind kind, String key, String symbol, String reason) {
  /** The steps a mission is told of. */
  public enum Kind {
    RECEIVED,
    REGISTERED,
    RETURNED,
    ISSUED,
    PUBLISHED,
    WITHDRAWN
  }

  public NotificationEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if ((kind == Kind.REGISTERED) != (symbol != null)) {
      throw new IllegalArgumentException("a symbol goes with REGISTERED only, not " + kind);
    }
    boolean reasoned = kind == Kind.RETURNED || kind == Kind.WITHDRAWN;
    if (reasoned != (reason != null)) {
      throw new IllegalArgumentException("a reason goes with RETURNED and WITHDRAWN only");
    }
  }

  /** The event in English, as stored beside it for readers of the catalogue without events. */
  public String english() {
    return switch (kind) {
      case RECEIVED -> "Submission " + key + " received; it waits for registration.";
      case REGISTERED -> key + " was registered as " + symbol + ".";
      case RETURNED -> key + " was returned: " + reason;
      case ISSUED -> key + ": every language version is issued.";
      case PUBLISHED -> key + " was published.";
      case WITHDRAWN -> key + " was withdrawn: " + reason;
    };
  }
}
