package org.dossier.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.model.Session;

/**
 * Everything about one document that does not depend on the language it is written in. The {@link
 * Composer} turns a plan into each language version; {@link #contentSeed} drives the choice of
 * sentences, identically in every language, so the versions translate each other.
 *
 * @param symbol the full symbol, modifiers and reissue mark included
 * @param base the symbol of the family's base document, or null for a base document
 * @param councilSymbol the Security Council symbol printed beside {@code symbol} in a joint General
 *     Assembly and Security Council masthead, else null
 * @param family how this document relates to {@code base}
 * @param symbolPrinted whether the masthead prints the symbol
 * @param country ISO alpha-3 of the submitting State, or null
 * @param addressee addressee of a note verbale or letter, else null
 * @param station where the sending mission sits, for notes verbales and letters
 * @param agendaItems item numbers printed in the masthead
 * @param titleDate the sender's date printed in a communication's title, else null
 * @param adoptionDate the adoption date of a resolution, else null
 * @param issueDate the masthead date
 * @param citedAs a resolution's or decision's number as cited ({@code 43/2}, {@code 2505 (2020)}),
 *     kept by its corrigenda; null for other documents
 * @param topic index into the {@code topic.*} phrase bank entries
 * @param references what the text cites, used in order by the {@code {cite}} slots
 * @param sponsors alpha-3 codes of a draft resolution's sponsors
 * @param ngo index into {@code ngo.name}, or -1
 * @param annex whether the document has an annex
 * @param annexAsReceived whether the annex is reproduced as received, in the original language
 * @param jobNumbers the job number of each language version
 * @param releaseDates the publication date of each language version, printed in the footer
 */
record Plan(
    Session session,
    DocType type,
    String symbol,
    String base,
    String councilSymbol,
    Family family,
    boolean symbolPrinted,
    Distribution distribution,
    Language original,
    String country,
    Addressee addressee,
    Station station,
    List<Integer> agendaItems,
    LocalDate titleDate,
    LocalDate adoptionDate,
    LocalDate issueDate,
    String citedAs,
    int topic,
    List<Reference> references,
    List<String> sponsors,
    int ngo,
    boolean annex,
    boolean annexAsReceived,
    Map<Language, String> jobNumbers,
    Map<Language, LocalDate> releaseDates,
    long contentSeed) {

  /** Where the sending mission is accredited, which a communication's title names. */
  enum Station {
    /** The United Nations Office at Geneva. */
    GENEVA,
    /** Headquarters in New York. */
    NEW_YORK
  }

  /** To whom a government communication is addressed. */
  enum Addressee {
    HIGH_COMMISSIONER_OFFICE,
    SECRETARY_GENERAL,
    PRESIDENT_OF_THE_COUNCIL,
    /**
     * Identical letters to both, circulated under a joint General Assembly and Council masthead.
     */
    SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL
  }

  /** How a document relates to the base of its family. */
  enum Family {
    BASE,
    ADDENDUM,
    CORRIGENDUM,
    REVISION,
    REISSUE
  }

  /**
   * A citation the text makes: the phrase-bank key that writes it ({@code cite.GENERAL_ASSEMBLY},
   * {@code cite.SECURITY_COUNCIL.pair}, {@code cite.document}), the numbers as cited ({@code
   * 60/251}, {@code 822 (1993)}) and the symbol each designates.
   */
  record Reference(String key, List<String> numbers, List<String> symbols) {}
}
