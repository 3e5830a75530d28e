package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Change;

/**
 * A registrar gives a provisional document its symbol, inside the caller's transaction: renamed if
 * no document has the symbol yet, merged into the one that has it otherwise.
 */
final class SymbolAssignment {
  private SymbolAssignment() {}

  /** Returns the id of the document now holding the versions. */
  static long assign(Connection connection, String provisionalKey, String symbol)
      throws SQLException {
    String normalisedKey = Symbols.normalise(provisionalKey);
    String normalisedSymbol = Symbols.normalise(symbol);
    if (normalisedSymbol == null) {
      throw new CatalogueException(
          "Cannot assign a symbol to " + provisionalKey + ": the symbol is blank");
    }
    long provisional = provisionalDocument(connection, provisionalKey, normalisedKey);
    Optional<Long> holder = Documents.idOf(connection, normalisedSymbol);
    if (holder.isEmpty()) {
      DocumentIdentity.giveSymbol(
          connection, provisional, Symbols.printed(symbol), normalisedSymbol);
      ChangeLog.append(connection, provisional, Change.Kind.UPDATED);
      ChangeLog.appendNeighbours(connection, provisional);
      return provisional;
    }
    long target = holder.get();
    DocumentCorrections.merge(connection, provisional, target);
    return target;
  }

  private static long provisionalDocument(
      Connection connection, String provisionalKey, String normalisedKey) throws SQLException {
    Optional<Long> found =
        normalisedKey == null ? Optional.empty() : Documents.idOf(connection, normalisedKey);
    if (found.isEmpty()) {
      throw new CatalogueException(
          "Cannot assign a symbol: no document is known as " + provisionalKey);
    }
    long id = found.get();
    CataloguedDocument document = Documents.load(connection, id).orElseThrow();
    if (!document.provisional()) {
      throw new CatalogueException(
          "Cannot assign a symbol to "
              + provisionalKey
              + ": the document already has the symbol "
              + document.symbol());
    }
    if (document.mission() != null) {
      throw new CatalogueException(
          "Cannot assign a symbol to "
              + provisionalKey
              + ": it is "
              + document.mission()
              + "'s submission, which takes the next symbol of its series when a registrar"
              + " registers it");
    }
    return id;
  }
}
