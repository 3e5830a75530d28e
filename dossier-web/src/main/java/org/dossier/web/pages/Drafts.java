package org.dossier.web.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.installation.Circulation;
import org.dossier.model.DocumentRecord;

/**
 * The file a delegate uploaded in step 1 of a submission, with what the understanding module read
 * from it, held until step 2 sends the form: one per session, in memory, forgotten after an hour or
 * when the submission is sent (a restart forgets it too, and the page asks for the file again).
 */
final class Drafts {
  private static final Duration LIFETIME = Duration.ofHours(1);

  private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
  private final Clock clock;

  Drafts(Clock clock) {
    this.clock = clock;
  }

  /** The file and its record, and when it was read. */
  record Draft(Circulation.Upload file, DocumentRecord record, Instant read) {}

  /** Holds the session's draft, replacing any earlier one; forgets drafts past their hour. */
  void put(String sessionId, Circulation.Upload file, DocumentRecord record) {
    Instant now = clock.instant();
    drafts.values().removeIf(draft -> draft.read().plus(LIFETIME).isBefore(now));
    drafts.put(sessionId, new Draft(file, record, now));
  }

  /** The session's draft, if it holds one less than an hour old. */
  Optional<Draft> of(String sessionId) {
    return Optional.ofNullable(drafts.get(sessionId))
        .filter(draft -> !draft.read().plus(LIFETIME).isBefore(clock.instant()));
  }

  void remove(String sessionId) {
    drafts.remove(sessionId);
  }
}
