/**
 * Seeded generator of realistic UN documents in six languages that knows the record of what it
 * wrote.
 */
package org.dossier.corpus;
