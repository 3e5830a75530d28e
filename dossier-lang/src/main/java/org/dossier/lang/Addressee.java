package org.dossier.lang;

/** To whom a government communication is addressed, as named in its title. */
public enum Addressee {
  /** The Office of the United Nations High Commissioner for Human Rights (notes verbales). */
  HIGH_COMMISSIONER_OFFICE,
  /** The Secretary-General. */
  SECRETARY_GENERAL,
  /** The President of the Human Rights Council. */
  PRESIDENT_OF_THE_COUNCIL,
  /**
   * The Secretary-General and the President of the Security Council, to whom identical letters are
   * addressed when circulated under a joint General Assembly and Security Council masthead.
   */
  SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL
}
