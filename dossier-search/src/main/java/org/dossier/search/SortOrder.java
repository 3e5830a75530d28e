package org.dossier.search;

/** How hits are ordered; ties are always broken by document id so paging is stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST_FIRST,
  OLDEST_FIRST
}
