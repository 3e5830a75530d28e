package org.dossier.catalogue;

import java.time.Instant;

/**
 * What a mission is told about one of its submissions.
 *
 * @param id increasing; pass the last one read to read only newer ones
 * @param mission the mission told
 * @param documentId the submission
 * @param at when
 * @param event what happened, as data to word in the reader's language; null for a notification
 *     stored before events were kept (schema 6), which has its English {@code message} only
 * @param message what happened, in English words, as stored
 */
public record Notification(
    long id,
    String mission,
    long documentId,
    Instant at,
    NotificationEvent event,
    String message) {}
