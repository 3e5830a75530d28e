package org.dossier.installation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.model.InvalidSymbolException;
import org.dossier.model.Language;
import org.dossier.model.Symbol;

/**
 * The registrar's desk of an installation: the documents waiting for a symbol, with what may settle
 * them, and the corrections a registrar makes. Every correction is one catalogue change, logged
 * like an import, and the index follows before the method returns.
 *
 * <pre>{@code
 * Registrar registrar = installation.registrar();
 * for (Registrar.Waiting waiting : registrar.waiting(0, 20)) { … }
 * registrar.assign("provisional:fr-1a7a508cbf762381", "A/HRC/43/G/17", false);
 * }</pre>
 */
public final class Registrar {
  private final Installation installation;

  Registrar(Installation installation) {
    this.installation = installation;
  }

  /**
   * A document waiting for a symbol and the catalogued documents it may be: the matcher found them
   * sharing a date or job number and contradicting nothing, but could not decide.
   */
  public record Waiting(CataloguedDocument document, List<CataloguedDocument> possibleMatches) {
    public Waiting {
      possibleMatches = List.copyOf(possibleMatches);
    }
  }

  /**
   * Up to {@code limit} documents waiting for a symbol with an id above {@code afterId}, by id:
   * pass the last id of a page to read the next.
   */
  public List<Waiting> waiting(long afterId, int limit) {
    Catalogue catalogue = installation.catalogue();
    List<Waiting> waiting = new ArrayList<>();
    for (CataloguedDocument document :
        catalogue.documents(DocumentFilter.PROVISIONAL, afterId, limit)) {
      waiting.add(new Waiting(document, catalogue.possibleMatches(document.id())));
    }
    return waiting;
  }

  /**
   * Gives a provisional document its symbol. A symbol another document already has is refused,
   * unless {@code merge}: then the provisional document's versions join that document.
   *
   * @throws InstallationException if the symbol is not a UN symbol, the key names no provisional
   *     document, the symbol is taken and {@code merge} is false, or the merge is refused
   */
  public CataloguedDocument assign(String provisionalKey, String symbol, boolean merge) {
    try {
      Symbol.parse(symbol);
    } catch (InvalidSymbolException e) {
      throw new InstallationException(e.getMessage(), e);
    }
    // Checked under the write lock, so that no import takes the symbol in between.
    return change(() -> {
      Optional<CataloguedDocument> holder = installation.catalogue().find(symbol);
      if (holder.isPresent() && !merge) {
        throw new InstallationException(
            symbol.strip()
                + " is already the symbol of a catalogued document (versions "
                + codes(holder.get())
                + "); to merge "
                + provisionalKey
                + " into it, assign again with --merge");
      }
      return installation.catalogue().assignSymbol(provisionalKey, symbol);
    });
  }

  /** Merges two documents known to be one; see {@link Catalogue#merge}. */
  public CataloguedDocument merge(String first, String second) {
    return change(() -> installation.catalogue().merge(first, second));
  }

  /** Splits a document's version in {@code language} off; see {@link Catalogue#split}. */
  public CataloguedDocument split(String symbolOrKey, Language language) {
    return change(() -> installation.catalogue().split(symbolOrKey, language));
  }

  private CataloguedDocument change(Supplier<CataloguedDocument> correction) {
    try {
      return installation.writeAndCatchUp(correction);
    } catch (CatalogueException e) {
      throw new InstallationException(e.getMessage(), e);
    }
  }

  private static String codes(CataloguedDocument document) {
    return String.join(", ", document.languages().stream().sorted().map(Language::code).toList());
  }
}
