package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.model.Body;
import org.dossier.model.InvalidSymbolException;
import org.dossier.model.Symbol;

/**
 * Allocates the next symbol of a series inside the registering transaction.
 *
 * <p>Why it is safe under any concurrency: the series' counter row is incremented first, which on
 * PostgreSQL locks the row until the transaction ends (a second allocator in the same series waits
 * for the first to commit, then reads its number) and on SQLite happens under the database's single
 * write lock (transactions begin IMMEDIATE). A number a document already holds (an import of a
 * later number, a symbol assigned by hand) is skipped. Last, {@code document_symbols.symbol} is the
 * primary key: were the counter ever bypassed, the second commit of one symbol would fail rather
 * than give two documents one symbol.
 */
final class SymbolAllocator {
  private SymbolAllocator() {}

  /** The symbol as printed ({@code A/HRC/43/G/18}), checked against the symbol grammar. */
  static String next(
      Connection connection, SymbolSeries series, Body body, Integer session, String baseSymbol)
      throws SQLException {
    String prefix = prefix(series, body, session, baseSymbol);
    if (series == SymbolSeries.REISSUE) {
      String reissue = prefix;
      if (Documents.idOf(connection, Symbols.normalise(reissue)).isPresent()) {
        throw new CatalogueException(
            "Cannot reissue " + baseSymbol + ": it was reissued already as " + reissue);
      }
      return checked(reissue);
    }
    String counter = Symbols.normalise(prefix);
    Jdbc.update(
        connection,
        "INSERT INTO symbol_series (series, last_number) VALUES (?, 0)"
            + " ON CONFLICT (series) DO NOTHING",
        counter);
    Jdbc.update(
        connection,
        "UPDATE symbol_series SET last_number = last_number + 1 WHERE series = ?",
        counter);
    int number =
        (int)
            Jdbc.count(
                connection, "SELECT last_number FROM symbol_series WHERE series = ?", counter);
    while (Documents.idOf(connection, Symbols.normalise(prefix + number)).isPresent()) {
      number++;
    }
    Jdbc.update(
        connection, "UPDATE symbol_series SET last_number = ? WHERE series = ?", number, counter);
    return checked(prefix + number);
  }

  private static String prefix(SymbolSeries series, Body body, Integer session, String baseSymbol) {
    return switch (series) {
      case GOVERNMENT_COMMUNICATION -> sessionSeries(series, body, session) + "/G/";
      case DRAFT -> sessionSeries(series, body, session) + "/L.";
      case ADDENDUM -> baseSymbol + "/Add.";
      case CORRIGENDUM -> baseSymbol + "/Corr.";
      case REVISION -> baseSymbol + "/Rev.";
      case REISSUE -> baseSymbol + "*";
    };
  }

  private static String sessionSeries(SymbolSeries series, Body body, Integer session) {
    if (body == null || session == null || body.series().isEmpty()) {
      throw new CatalogueException(
          "Cannot allocate a symbol in the "
              + series
              + " series: the document needs a known body with a symbol series and a session"
              + " number (it has "
              + (body == null ? "no known body" : "the body " + body.code())
              + (session == null ? " and no session)" : ", session " + session + ")"));
    }
    return body.series().getFirst() + session;
  }

  private static String checked(String symbol) {
    try {
      return Symbol.parse(symbol).toString();
    } catch (InvalidSymbolException e) {
      throw new CatalogueException(
          "Cannot allocate " + symbol + ": it is not a valid UN symbol (" + e.getMessage() + ")",
          e);
    }
  }
}
