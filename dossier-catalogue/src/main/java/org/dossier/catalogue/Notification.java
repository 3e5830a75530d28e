package org.dossier.catalogue;

import java.time.Instant;

/**
 * What a mission is told about one of its submissions.
 *
 * @param id increasing; pass the last one read to read only newer ones
 * @param mission the mission told
 * @param documentId the submission
 * @param at when
 * @param message what happened, in words
 */
public record Notification(long id, String mission, long documentId, Instant at, String message) {}
