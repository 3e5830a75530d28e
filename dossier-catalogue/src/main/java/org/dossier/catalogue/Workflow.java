package org.dossier.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Language;

/**
 * The circulation workflow in the catalogue: a mission submits, the registrar registers (the next
 * symbol of the series is allocated in the same transaction) or returns, translators add the
 * missing official languages, each language version is issued with its own date and job number,
 * then the document is published, or later withdrawn. Every change of state is one transaction that
 * also appends to the audit trail and, for a mission's submission, tells the mission.
 *
 * <p>Who may do what is decided above (dossier-access); {@code actor} names who did it. Each method
 * throws {@link CatalogueException} with a message naming the document and what was expected when
 * the document is unknown or not in a state that allows the step.
 */
public interface Workflow {

  /** Catalogues a mission's submission (state SUBMITTED) and returns its document id. */
  long submit(Submission.Request request, String actor);

  /** The submission behind a document, if it came from a mission. */
  Optional<Submission> submission(long documentId);

  /**
   * Up to {@code limit} submissions numbered below {@code beforeId}, newest first: of one mission,
   * or of every mission when {@code mission} is {@code null}. Whoever reads them must be allowed to
   * see them (a mission its own; the secretariat all).
   */
  List<CataloguedDocument> submissions(String mission, long beforeId, int limit);

  /**
   * The registrar's queue, in id order: submissions waiting (SUBMITTED) and the imported documents
   * that still have no symbol.
   */
  List<CataloguedDocument> registrationQueue(long afterId, int limit);

  /**
   * Registers a document: allocates the next symbol of the series (never one another document has,
   * under any concurrency), sets masthead date, original language and distribution, and opens a
   * translation task per missing official language. A submission becomes IN_TRANSLATION (or
   * ISSUED-ready REGISTERED when every language was supplied); an import keeps its state.
   *
   * @return the registered document, with its symbol
   */
  CataloguedDocument register(long documentId, Registration registration, String actor);

  /**
   * Submits and registers in one transaction: the secretariat's corrigendum, revision, addendum or
   * reissue of an existing document. Either both happen or neither (no submission is left waiting
   * if the registration is refused).
   */
  CataloguedDocument submitAndRegister(
      Submission.Request request, Registration registration, String actor);

  /**
   * The documents the secretariat is working on — registered, in translation or issued, not yet
   * published — in id order: the translators' and the registrar's work list.
   */
  List<CataloguedDocument> inProcessing(long afterId, int limit);

  /** Sends a submission back to its mission with a reason (state RETURNED). */
  void returnToMission(long documentId, String reason, String actor);

  /** The tasks of a registered document, by language. */
  List<TranslationTask> tasks(long documentId);

  /** A translator takes up the task of one language (PENDING → IN_PROGRESS). */
  void startTranslation(long documentId, Language language, String actor);

  /** Adds (or revises) the version in the version's language; its task becomes DONE. */
  PutResult addTranslation(long documentId, VersionInput version, String actor);

  /**
   * Refuses, as {@link #addTranslation} would, a version in {@code language} that the document
   * cannot take in its state: checked before the file is kept, so a refused upload stores nothing.
   */
  void requireTranslatable(long documentId, Language language);

  /** Marks that this version reproduces its annexes as received, in the original language only. */
  void markAnnexOriginalOnly(long documentId, Language language, String actor);

  /**
   * Issues one language version with its own date and job number; when every language is issued the
   * document becomes ISSUED.
   */
  void issue(long documentId, Language language, LocalDate date, String jobNumber, String actor);

  /** Publishes an ISSUED document: readers may see it as its distribution allows. */
  void publish(long documentId, String actor);

  /** Withdraws a published document, with a reason; it stays listed as withdrawn. */
  void withdraw(long documentId, String reason, String actor);

  /**
   * Up to {@code limit} notifications for a mission numbered above {@code afterId}, oldest first.
   */
  List<Notification> notifications(String mission, long afterId, int limit);

  /** Up to {@code limit} audit entries numbered above {@code afterSeq}, oldest first. */
  List<AuditEntry> auditTrail(long afterSeq, int limit);
}
