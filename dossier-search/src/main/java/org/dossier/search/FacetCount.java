package org.dossier.search;

/**
 * How many matching documents carry one facet value. The value is the one to pass back as a request
 * filter: {@code "HRC"}, {@code "43"}, {@code "note-verbale"}, {@code "CHE"}, {@code "fr"}, {@code
 * "2020"}, {@code "General"}.
 */
public record FacetCount(String value, long count) {}
