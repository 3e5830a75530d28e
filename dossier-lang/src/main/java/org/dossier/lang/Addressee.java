package org.dossier.lang;

/** To whom a government communication is addressed, as named in its title. */
public enum Addressee {
  /** The Office of the United Nations High Commissioner for Human Rights (notes verbales). */
  HIGH_COMMISSIONER_OFFICE,
  /** The Secretary-General. */
  SECRETARY_GENERAL,
  /** The President of the Human Rights Council. */
  PRESIDENT_OF_THE_COUNCIL
}
