package org.dossier.catalogue;

import java.time.LocalDate;

/** A numbered session of a body; dates are {@code null} until a masthead prints them. */
public record CataloguedSession(long id, long bodyId, int number, LocalDate start, LocalDate end) {}
