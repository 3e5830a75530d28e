package org.dossier.corpus;

import java.util.List;
import java.util.Optional;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.model.Session;

/**
 * A generated document: its symbol, where it stands in its family, what it cites, and its six
 * language versions.
 *
 * @param symbol the full symbol, modifiers and reissue mark included ({@code A/HRC/43/2/Add.1})
 * @param base the base document of the family, empty for a base document
 * @param session the session (or, for the Security Council, the year) the document belongs to
 * @param type the kind of document
 * @param originalLanguage the language it was submitted in
 * @param cites the symbols of the documents its text cites, in order of first citation
 * @param versions the language versions generated, in the UN's order (ar, zh, en, fr, es, ru)
 */
public record GeneratedDocument(
    String symbol,
    Optional<String> base,
    Session session,
    DocType type,
    Language originalLanguage,
    List<String> cites,
    List<GeneratedVersion> versions) {

  public GeneratedDocument {
    cites = List.copyOf(cites);
    versions = List.copyOf(versions);
  }

  /** The version in {@code language}. */
  public GeneratedVersion version(Language language) {
    return versions.stream()
        .filter(version -> version.language() == language)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("No " + language + " version of " + symbol));
  }
}
