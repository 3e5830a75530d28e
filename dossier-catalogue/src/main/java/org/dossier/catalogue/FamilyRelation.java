package org.dossier.catalogue;

/** How a document relates to the base document of its family, read from its symbol's ending. */
public enum FamilyRelation {
  /** {@code /Add.n}: an addendum. */
  ADDENDUM,
  /** {@code /Corr.n}: a corrigendum, which may not apply to every language version. */
  CORRIGENDUM,
  /** {@code /Rev.n}: a revision replacing the text previously issued. */
  REVISION,
  /** {@code /Amend.n}: an alteration of an adopted text. */
  AMENDMENT,
  /** {@code /Summary}: a summary of the document. */
  SUMMARY,
  /** A trailing {@code *}: reissued for technical reasons. */
  REISSUE
}
