package org.dossier.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.Language;

/**
 * A mission's request to circulate a document. The body, session, agenda items and type travel in
 * the record of each version supplied; this holds what only the request says.
 *
 * @param mission the ISO 3166 alpha-3 code of the submitting mission
 * @param series the series the mission asks for
 * @param baseSymbol the document it adds to, corrects, revises or reissues, or {@code null}
 * @param requestedDistribution the distribution asked for
 * @param languagesSupplied the languages of the versions supplied
 * @param submittedBy the account that submitted it
 * @param submittedAt when
 * @param returnReason why the registrar returned it, or {@code null}
 */
public record Submission(
    String mission,
    SymbolSeries series,
    String baseSymbol,
    Distribution requestedDistribution,
    Set<Language> languagesSupplied,
    String submittedBy,
    Instant submittedAt,
    String returnReason) {
  public Submission {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(requestedDistribution, "requestedDistribution");
    languagesSupplied = Set.copyOf(languagesSupplied);
  }

  /** What a mission fills in; the catalogue adds who, when and the versions' languages. */
  public record Request(
      String mission,
      SymbolSeries series,
      String baseSymbol,
      Distribution requestedDistribution,
      List<VersionInput> versions) {
    public Request {
      Objects.requireNonNull(mission, "mission");
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(requestedDistribution, "requestedDistribution");
      versions = List.copyOf(versions);
      if (versions.isEmpty()) {
        throw new IllegalArgumentException("a submission needs at least one file");
      }
    }
  }
}
