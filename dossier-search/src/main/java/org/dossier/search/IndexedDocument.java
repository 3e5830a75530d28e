package org.dossier.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;

/**
 * What the index needs to know about one catalogue document and its language versions. The index is
 * derived from the catalogue: it can always be rebuilt from these. Unknown values are {@code null},
 * unknown lists empty.
 *
 * @param id the catalogue's document id, stable across updates
 * @param symbol the primary symbol ({@code A/HRC/43/G/17}), or {@code null} before one is given
 * @param alternateSymbols further symbols the document carries
 * @param provisional whether the record is still provisional in the catalogue
 * @param body the body the document belongs to ({@code HRC})
 * @param organ the organ printed in the masthead
 * @param sessionNumber the body's session number
 * @param sessionYear the year of the session, for bodies that count sessions by year
 * @param agendaItems agenda item numbers
 * @param docType the kind of document
 * @param country ISO 3166 alpha-3 code of the country the document comes from
 * @param distribution who may read it
 * @param issueDate the document's issue date
 * @param familySymbol the base symbol of its family ({@code A/HRC/43/2} for {@code
 *     A/HRC/43/2/Add.1})
 * @param citedSymbols the symbols the document's versions cite, so a symbol look-up lists the
 *     documents citing it
 * @param versions one entry per language version, at most one per language
 * @param state where the document stands in the circulation workflow; who may see it depends on it
 * @param mission the ISO 3166 alpha-3 code of the mission that submitted it, or {@code null}
 */
public record IndexedDocument(
    String id,
    String symbol,
    List<String> alternateSymbols,
    boolean provisional,
    String body,
    String organ,
    Integer sessionNumber,
    Integer sessionYear,
    List<Integer> agendaItems,
    DocType docType,
    String country,
    Distribution distribution,
    LocalDate issueDate,
    String familySymbol,
    List<String> citedSymbols,
    List<Version> versions,
    DocumentState state,
    String mission) {

  public IndexedDocument {
    Objects.requireNonNull(state, "state");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("indexed document id must not be blank");
    }
    alternateSymbols = List.copyOf(alternateSymbols == null ? List.of() : alternateSymbols);
    agendaItems = List.copyOf(agendaItems == null ? List.of() : agendaItems);
    citedSymbols = List.copyOf(citedSymbols == null ? List.of() : citedSymbols);
    versions = List.copyOf(versions == null ? List.of() : versions);
    Set<Language> seen = EnumSet.noneOf(Language.class);
    for (Version version : versions) {
      if (!seen.add(version.language())) {
        throw new IllegalArgumentException(
            "document " + id + " has two " + version.language() + " versions");
      }
    }
  }

  /** One language version: its title, clean text and job number. */
  public record Version(
      Language language, String title, String text, String jobNumber, LocalDate issueDate) {
    public Version {
      Objects.requireNonNull(language, "language");
    }
  }

  /** Every symbol of the document, primary first. */
  public List<String> allSymbols() {
    List<String> all = new ArrayList<>();
    if (symbol != null) {
      all.add(symbol);
    }
    all.addAll(alternateSymbols);
    return all;
  }

  /** A builder for a document with the given catalogue id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Accumulates the fields of a document; anything not set stays unknown. */
  public static final class Builder {
    private final String id;
    private String symbol;
    private final List<String> alternateSymbols = new ArrayList<>();
    private boolean provisional;
    private String body;
    private String organ;
    private Integer sessionNumber;
    private Integer sessionYear;
    private final List<Integer> agendaItems = new ArrayList<>();
    private DocType docType;
    private String country;
    private Distribution distribution;
    private LocalDate issueDate;
    private String familySymbol;
    private final Set<String> citedSymbols = new LinkedHashSet<>();
    private final List<Version> versions = new ArrayList<>();
    private DocumentState state = DocumentState.PUBLISHED;
    private String mission;

    private Builder(String id) {
      this.id = id;
    }

    public Builder symbol(String value) {
      symbol = value;
      return this;
    }

    public Builder alternateSymbol(String value) {
      alternateSymbols.add(value);
      return this;
    }

    public Builder provisional(boolean value) {
      provisional = value;
      return this;
    }

    public Builder body(String value) {
      body = value;
      return this;
    }

    public Builder organ(String value) {
      organ = value;
      return this;
    }

    public Builder session(Integer number, Integer year) {
      sessionNumber = number;
      sessionYear = year;
      return this;
    }

    public Builder agendaItem(int number) {
      agendaItems.add(number);
      return this;
    }

    public Builder docType(DocType value) {
      docType = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    public Builder distribution(Distribution value) {
      distribution = value;
      return this;
    }

    public Builder issueDate(LocalDate value) {
      issueDate = value;
      return this;
    }

    public Builder familySymbol(String value) {
      familySymbol = value;
      return this;
    }

    /** A symbol the document cites; each is kept once, however many versions cite it. */
    public Builder citedSymbol(String value) {
      citedSymbols.add(value);
      return this;
    }

    /** The workflow state; {@code PUBLISHED} unless set. */
    public Builder state(DocumentState value) {
      state = value;
      return this;
    }

    /** The mission that submitted the document, if any. */
    public Builder mission(String value) {
      mission = value;
      return this;
    }

    public Builder version(
        Language language, String title, String text, String jobNumber, LocalDate issued) {
      versions.add(new Version(language, title, text, jobNumber, issued));
      return this;
    }

    public IndexedDocument build() {
      return new IndexedDocument(
          id,
          symbol,
          alternateSymbols,
          provisional,
          body,
          organ,
          sessionNumber,
          sessionYear,
          agendaItems,
          docType,
          country,
          distribution,
          issueDate,
          familySymbol,
          List.copyOf(citedSymbols),
          versions,
          state,
          mission);
    }
  }
}
