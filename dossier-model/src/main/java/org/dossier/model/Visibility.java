package org.dossier.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which documents a reader may see, independent of where they are stored: a document is visible
 * when it meets any one grant. The catalogue turns it into SQL, the search index into a filter, so
 * both answer the same question the same way. It fails closed: no grant, nothing visible.
 *
 * @param all whether every document is visible (the administrator of a data directory)
 * @param grants what else is visible
 */
public record Visibility(boolean all, List<Grant> grants) {
  private static final Visibility EVERYTHING = new Visibility(true, List.of());
  private static final Visibility NOTHING = new Visibility(false, List.of());

  public Visibility {
    grants = List.copyOf(grants);
  }

  /** Every document, whatever its state, distribution or owner. */
  public static Visibility everything() {
    return EVERYTHING;
  }

  /** No document at all. */
  public static Visibility nothing() {
    return NOTHING;
  }

  /** The documents meeting any of the grants. */
  public static Visibility of(Grant... grants) {
    return new Visibility(false, List.of(grants));
  }

  /** Whether a document with these facts is visible; the reference the stores must agree with. */
  public boolean allows(DocumentState state, Distribution distribution, String mission) {
    return all || grants.stream().anyMatch(grant -> grant.allows(state, distribution, mission));
  }

  /**
   * Documents in one of {@code states}, of one of {@code distributions} (empty: any, including an
   * unknown distribution), owned by {@code mission} when one is given.
   *
   * @param distributions the distributions allowed, or empty for any (even unknown)
   * @param states the workflow states allowed; at least one
   * @param mission the owning mission's ISO 3166 alpha-3 code, or empty for any owner (or none)
   */
  public record Grant(
      Optional<Set<Distribution>> distributions,
      Set<DocumentState> states,
      Optional<String> mission) {
    public Grant {
      // Enum sets, so a grant prints (and fingerprints search cursors) the same in every run.
      distributions =
          distributions.map(values -> Collections.unmodifiableSet(EnumSet.copyOf(values)));
      if (states.isEmpty()) {
        throw new IllegalArgumentException("a grant needs at least one state");
      }
      states = Collections.unmodifiableSet(EnumSet.copyOf(states));
      Objects.requireNonNull(mission, "mission");
    }

    /** Documents of these distributions in these states, whoever owns them. */
    public static Grant of(Set<Distribution> distributions, Set<DocumentState> states) {
      return new Grant(Optional.of(distributions), states, Optional.empty());
    }

    /** Every document owned by a mission, in these states, whatever its distribution. */
    public static Grant ownedBy(String mission, Set<DocumentState> states) {
      return new Grant(Optional.empty(), states, Optional.of(mission));
    }

    /** Every document in these states, whatever its distribution or owner. */
    public static Grant inStates(Set<DocumentState> states) {
      return new Grant(Optional.empty(), states, Optional.empty());
    }

    boolean allows(DocumentState state, Distribution distribution, String owner) {
      return states.contains(state)
          && distributions
              .map(allowed -> distribution != null && allowed.contains(distribution))
              .orElse(true)
          && mission.map(wanted -> wanted.equals(owner)).orElse(true);
    }
  }
}
