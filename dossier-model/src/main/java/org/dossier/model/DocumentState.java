package org.dossier.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document stands in the circulation workflow. Imported documents are {@link #PUBLISHED}:
 * they came from outside already issued.
 */
public enum DocumentState {
  /** Sent by a mission, waiting in the registrar's queue. */
  SUBMITTED,
  /** Sent back to the mission by the registrar, with a reason. */
  RETURNED,
  /** Accepted by the registrar: it has its symbol, masthead date and distribution. */
  REGISTERED,
  /** At least one translation task is open. */
  IN_TRANSLATION,
  /** Every language version is issued (with its own date and job number), not yet published. */
  ISSUED,
  /** Readers may see it, as its distribution allows. */
  PUBLISHED,
  /** Published, then withdrawn: it stays listed as withdrawn. */
  WITHDRAWN;

  /** The states in which a document has been made public. */
  public static final Set<DocumentState> PUBLIC = Set.copyOf(EnumSet.of(PUBLISHED, WITHDRAWN));

  /** The states of the secretariat's work on a registered document, before publication. */
  public static final Set<DocumentState> IN_PROCESSING =
      Set.copyOf(EnumSet.of(REGISTERED, IN_TRANSLATION, ISSUED));
}
