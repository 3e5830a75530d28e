package org.dossier.catalogue;

/** A body whose documents are catalogued, such as the Human Rights Council. */
public record CataloguedBody(long id, String name, String organ) {}
