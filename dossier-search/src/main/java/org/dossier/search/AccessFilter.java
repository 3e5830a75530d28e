package org.dossier.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.Visibility;
import org.dossier.search.query.Query;

/**
 * Which documents a reader may see. An index applies it to everything it returns — hits, total
 * counts, facet counts and snippets — so nothing about a hidden document leaks. It fails closed: a
 * document without a distribution is visible only when access is unrestricted.
 *
 * @param visibleDistributions the distributions the reader may see
 * @param predicate a further condition every visible document must meet, if any (for example an
 *     organ), written in the query language tree
 * @param visibility the access policy's answer for the reader: workflow state, distribution and
 *     owning mission (see {@link Visibility}); the same object the catalogue's reads go through
 */
public record AccessFilter(
    Set<Distribution> visibleDistributions, Optional<Query> predicate, Visibility visibility) {
  private static final AccessFilter UNRESTRICTED =
      new AccessFilter(
          EnumSet.allOf(Distribution.class), Optional.empty(), Visibility.everything());

  public AccessFilter {
    visibleDistributions =
        visibleDistributions.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(visibleDistributions));
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(visibility, "visibility");
  }

  /** A filter by distribution and predicate alone, whatever the workflow state or owner. */
  public AccessFilter(Set<Distribution> visibleDistributions, Optional<Query> predicate) {
    this(visibleDistributions, predicate, Visibility.everything());
  }

  /**
   * What a reader with this visibility may see. Its grants alone decide distributions: a grant may
   * admit documents whose distribution is unknown, which a distribution filter never does.
   */
  public static AccessFilter of(Visibility visibility) {
    return new AccessFilter(EnumSet.allOf(Distribution.class), Optional.empty(), visibility);
  }

  /** Everything, including documents whose distribution is unknown. */
  public static AccessFilter unrestricted() {
    return UNRESTRICTED;
  }

  /** Only documents of the given distributions. */
  public static AccessFilter distributions(Set<Distribution> visible) {
    return new AccessFilter(visible, Optional.empty());
  }

  /** This filter narrowed further by a condition. */
  public AccessFilter and(Query condition) {
    Objects.requireNonNull(condition, "condition");
    Query combined =
        predicate
            .<Query>map(existing -> new Query.And(List.of(existing, condition)))
            .orElse(condition);
    return new AccessFilter(visibleDistributions, Optional.of(combined), visibility);
  }

  /** Whether this filter lets every document through. */
  public boolean isUnrestricted() {
    return predicate.isEmpty()
        && visibleDistributions.size() == Distribution.values().length
        && visibility.all();
  }
}
