package org.dossier.catalogue;

/**
 * How much the catalogue holds, read in one consistent snapshot.
 *
 * @param documents documents, provisional ones included
 * @param provisionalDocuments imported documents still waiting for a symbol (not submissions)
 * @param languageVersions current language versions (one per document and language)
 * @param revisions every revision of every language version
 * @param bodies bodies
 * @param sessions sessions
 * @param agendaItems agenda items
 * @param citations citation edges
 * @param danglingCitations citation edges whose cited document is not catalogued
 * @param lastChange the last change-log number
 */
public record Counts(
    long documents,
    long provisionalDocuments,
    long languageVersions,
    long revisions,
    long bodies,
    long sessions,
    long agendaItems,
    long citations,
    long danglingCitations,
    long lastChange) {}
