package org.dossier.search.query;

/** A query that cannot be parsed; the message names the problem and its 1-based column. */
public final class QuerySyntaxException extends Exception {
  private final int column;

  QuerySyntaxException(String problem, int column) {
    super(problem + " at column " + column);
    this.column = column;
  }

  /** The 1-based column of the query text where the problem is. */
  public int column() {
    return column;
  }
}
