package org.dossier.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;

/**
 * A full-text index derived from the catalogue. It remembers the last catalogue change it applied,
 * so after a crash the catalogue's changes since then can be applied again; applying a change twice
 * is harmless. Searches may run concurrently with each other and with {@link #apply}.
 */
public interface SearchIndex extends Closeable {

  /**
   * Adds or replaces documents (by id) and deletes others, then makes the change durable and
   * visible to searches together with {@code catalogueChangeSeq}: after a crash either all of it is
   * there or none of it.
   *
   * @throws IllegalArgumentException if {@code catalogueChangeSeq} is older than {@link
   *     #lastAppliedChange()}
   */
  default void apply(
      Collection<IndexedDocument> upserts, Collection<String> deletedIds, long catalogueChangeSeq)
      throws IOException {
    update(upserts, deletedIds, catalogueChangeSeq);
    commit();
  }

  /**
   * Like {@link #apply}, but the change is only made visible to searches: it becomes durable with
   * the next {@link #commit()} (or {@link #close()}), and a crash before then loses it whole, the
   * index reopening at its last commit. Committing less often than updating saves the disk syncs of
   * a commit; a source that can replay its changes, like the catalogue, loses nothing.
   *
   * @throws IllegalArgumentException if {@code catalogueChangeSeq} is older than {@link
   *     #lastAppliedChange()}
   */
  void update(
      Collection<IndexedDocument> upserts, Collection<String> deletedIds, long catalogueChangeSeq)
      throws IOException;

  /** Makes every update so far durable, together with its catalogue change sequence. */
  void commit() throws IOException;

  /**
   * The catalogue change sequence of the last update or apply, 0 for a new index; after reopening,
   * that of the last commit.
   */
  long lastAppliedChange();

  /** One page of hits with their total and facet counts. */
  SearchResult search(SearchRequest request) throws IOException;

  /** How many visible documents match the request's query and filters. */
  long count(SearchRequest request) throws IOException;
}
