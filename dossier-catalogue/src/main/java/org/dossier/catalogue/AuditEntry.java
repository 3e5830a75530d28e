package org.dossier.catalogue;

import java.time.Instant;

/**
 * One entry of the append-only audit trail: a state change or a change of rights.
 *
 * @param seq increasing from 1
 * @param at when
 * @param actor the account (or {@code local-administrator}) that did it
 * @param action what was done ({@code register}, {@code account.disable}…)
 * @param subject what it was done to: a document key or an account name
 * @param before the value before, or {@code null}
 * @param after the value after, or {@code null}
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String action,
    String subject,
    String before,
    String after) {}
