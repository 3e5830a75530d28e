package org.dossier.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A parsed search query: a tree independent of any search engine. Each index implementation
 * translates it (Lucene here, OpenSearch later), so the language people type stays the same.
 */
public sealed interface Query
    permits Query.MatchAll,
        Query.Word,
        Query.Phrase,
        Query.SymbolLookup,
        Query.FieldMatch,
        Query.DateRange,
        Query.And,
        Query.Or,
        Query.Not {

  /** Every document; what an empty query means. */
  record MatchAll() implements Query {}

  /** A free-text word, searched in every language's title and text and in identifiers. */
  record Word(String text) implements Query {
    public Word {
      requireText(text, "word");
    }
  }

  /** Words that must appear next to each other in one language version. */
  record Phrase(String text) implements Query {
    public Phrase {
      requireText(text, "phrase");
    }
  }

  /**
   * A document symbol, or the beginning of one ({@code A/HRC/43} finds the session's documents).
   * When {@code alsoAsText} the typed text may also be an ordinary word with a slash, so it is
   * searched in the text too, below the symbol matches.
   */
  record SymbolLookup(String symbol, boolean alsoAsText) implements Query {
    public SymbolLookup {
      requireText(symbol, "symbol");
    }
  }

  /** An exact metadata condition such as {@code body:HRC}; values are already normalised. */
  record FieldMatch(QueryField field, String value) implements Query {
    public FieldMatch {
      Objects.requireNonNull(field, "field");
      requireText(value, "value of " + field.keyword());
    }
  }

  /** Issue dates between two days, both inclusive; a {@code null} end is open. */
  record DateRange(LocalDate from, LocalDate to) implements Query {
    public DateRange {
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException(
            "date range ends (" + to + ") before it starts (" + from + ")");
      }
    }
  }

  /** All of the clauses. */
  record And(List<Query> clauses) implements Query {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** At least one of the clauses. */
  record Or(List<Query> clauses) implements Query {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  /** Documents the clause does not match. */
  record Not(Query clause) implements Query {
    public Not {
      Objects.requireNonNull(clause, "clause");
    }
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
