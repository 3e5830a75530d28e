package org.dossier.search;

/** The dimensions results are counted by, and that requests can filter on. */
public enum Facet {
  BODY,
  SESSION,
  AGENDA,
  TYPE,
  COUNTRY,
  LANGUAGE,
  YEAR,
  DISTRIBUTION
}
