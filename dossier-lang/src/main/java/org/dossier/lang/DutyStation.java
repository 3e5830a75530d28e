package org.dossier.lang;

/** Where a permanent mission is accredited, which the title names after the sender. */
public enum DutyStation {
  /** "to the United Nations Office at Geneva". */
  GENEVA,
  /** "to the United Nations" (Headquarters, New York). */
  NEW_YORK
}
