package org.dossier.catalogue;

/** The series a registrar gives a document its symbol in; each numbers its documents in turn. */
public enum SymbolSeries {
  /** A government communication: {@code A/HRC/43/G/n} (body, session). */
  GOVERNMENT_COMMUNICATION,
  /** A draft (limited distribution): {@code A/HRC/43/L.n} (body, session). */
  DRAFT,
  /** An addendum of an existing document: {@code …/Add.n}. */
  ADDENDUM,
  /** A corrigendum of an existing document: {@code …/Corr.n}. */
  CORRIGENDUM,
  /** A revision of an existing document: {@code …/Rev.n}. */
  REVISION,
  /** A reissue of an existing document for technical reasons: its symbol with {@code *}. */
  REISSUE;

  /** Whether the series extends an existing document (a base symbol is needed). */
  public boolean extendsDocument() {
    return this == ADDENDUM || this == CORRIGENDUM || this == REVISION || this == REISSUE;
  }
}
