package org.dossier.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;

/**
 * A document as catalogued: what its language versions share. Unknown values are {@code null}.
 *
 * @param id the catalogue's identifier; it never changes, even when a symbol is assigned
 * @param key the primary symbol as printed, or the provisional key ({@code provisional:…}) while
 *     the document has no symbol
 * @param symbol the primary symbol as printed, {@code null} while provisional
 * @param symbols every symbol the document answers to, normalised (primary first)
 * @param provisionalKey the key it was imported under when no symbol was printed, or {@code null}
 * @param reviewNote why a registrar should look at it (no symbol; ambiguous match), or {@code null}
 * @param familyBase the normalised symbol of the document this one adds to, corrects, revises,
 *     amends or reissues, or {@code null}
 * @param familyRelation how it relates to {@code familyBase}, or {@code null}
 * @param languages the languages it has a version in
 * @param state where it stands in the circulation workflow ({@code PUBLISHED} when imported)
 * @param mission the ISO 3166 alpha-3 code of the mission that submitted it, or {@code null}
 */
public record CataloguedDocument(
    long id,
    String key,
    String symbol,
    List<String> symbols,
    String provisionalKey,
    String reviewNote,
    String familyBase,
    FamilyRelation familyRelation,
    String organ,
    String body,
    Integer sessionNumber,
    DocType docType,
    Distribution distribution,
    Language originalLanguage,
    LocalDate titleDate,
    String country,
    Set<Language> languages,
    DocumentState state,
    String mission) {

  public CataloguedDocument {
    symbols = List.copyOf(symbols);
    languages = Set.copyOf(languages);
    Objects.requireNonNull(state, "state");
  }

  /** Whether the document still waits for a registrar to assign its symbol. */
  public boolean provisional() {
    return symbol == null;
  }
}
