package org.dossier.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.dossier.model.Distribution;
import org.dossier.model.Language;

/**
 * What a registrar sets when accepting a submission (or giving a waiting import its symbol).
 *
 * @param series the series the next symbol is taken from
 * @param baseSymbol the existing document it extends, for an addendum, corrigendum, revision or
 *     reissue; otherwise {@code null}
 * @param mastheadDate the date printed in the masthead
 * @param originalLanguage the language of the original
 * @param distribution the distribution printed in the masthead
 */
public record Registration(
    SymbolSeries series,
    String baseSymbol,
    LocalDate mastheadDate,
    Language originalLanguage,
    Distribution distribution) {
  public Registration {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(mastheadDate, "mastheadDate");
    Objects.requireNonNull(originalLanguage, "originalLanguage");
    Objects.requireNonNull(distribution, "distribution");
    if (series.extendsDocument() == (baseSymbol == null)) {
      throw new IllegalArgumentException(
          series.extendsDocument()
              ? "the series " + series + " needs the symbol of the document it extends"
              : "the series " + series + " takes no base symbol");
    }
  }
}
