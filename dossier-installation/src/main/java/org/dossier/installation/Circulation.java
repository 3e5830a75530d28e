package org.dossier.installation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.access.AccessDeniedException;
import org.dossier.access.AccessPolicy;
import org.dossier.access.AccessPolicy.Action;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AuditEntry;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.Submission;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.catalogue.TranslationTask;
import org.dossier.catalogue.VersionInput;
import org.dossier.catalogue.Workflow;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.SessionRef;
import org.dossier.model.Language;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.UnreadableDocumentException;

/**
 * The circulation workflow for a viewer: each step is checked against what the viewer's role may do
 * ({@link AccessPolicy}), reads the document through the viewer's {@link Reader} (a document the
 * viewer may not see is "not found", word for word as a missing one), reads uploaded files with the
 * understanding module, and brings the index level before it returns.
 *
 * <p>Uploads are checked whole before anything is kept: a file too large, unreadable as a document
 * or in an unrecognised language is refused with a message naming it, and nothing is stored.
 */
public final class Circulation {
  private final Installation installation;
  private final DocumentParser parser = DocumentParser.create();

  Circulation(Installation installation) {
    this.installation = installation;
  }

  /** An uploaded file: its name as given and its bytes. */
  public record Upload(String fileName, byte[] bytes) {
    public Upload {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * What a mission fills in when submitting: the form's values override what the understanding
   * module read from the files ({@link #prefill}).
   *
   * @param mission the State submitting (a delegate may submit only for its own)
   * @param body the body the document is for
   * @param session the session number; 0 keeps the session read from the files
   * @param agendaItems the agenda item numbers
   * @param docType the document type
   * @param requestedDistribution the distribution asked for
   * @param series the series asked for (a government communication, a draft, or an addendum…)
   * @param baseSymbol the document it extends, for an addendum, corrigendum, revision or reissue
   * @param files one file per language supplied
   */
  public record SubmissionForm(
      String mission,
      Body body,
      int session,
      List<Integer> agendaItems,
      DocType docType,
      Distribution requestedDistribution,
      SymbolSeries series,
      String baseSymbol,
      List<Upload> files) {
    public SubmissionForm {
      agendaItems = List.copyOf(agendaItems);
      files = List.copyOf(files);
    }
  }

  /**
   * An uploaded file refused before anything was stored: too large, unreadable as a document, or in
   * no recognisable official language. The message names the file and what was expected.
   */
  public static final class RefusedFile extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String fileName;

    RefusedFile(String fileName, String message) {
      super(message);
      this.fileName = fileName;
    }

    /** The file's name as uploaded. */
    public String fileName() {
      return fileName;
    }
  }

  /**
   * What the understanding module reads from a file, to pre-fill the submission form.
   *
   * @throws RefusedFile when the file is too large, unreadable or in no recognisable language
   */
  public DocumentRecord prefill(Upload file) {
    return read(file).record();
  }

  /** Submits a document for circulation; returns its document id. */
  public long submit(Viewer viewer, SubmissionForm form) {
    AccessPolicy.require(viewer, Action.SUBMIT, null);
    String mission =
        form.mission() == null ? null : form.mission().strip().toUpperCase(Locale.ROOT);
    if (viewer.role() == Role.DELEGATE && !viewer.mission().equals(mission)) {
      throw new AccessDeniedException(
          viewer.name() + " acts for " + viewer.mission() + " and may not submit for " + mission);
    }
    return submitAs(viewer, form);
  }

  /** Reads the files and catalogues the submission; the caller checked the viewer's right. */
  private long submitAs(Viewer viewer, SubmissionForm form) {
    Submission.Request request = request(form);
    return installation.writeAndCatchUp(
        () -> installation.catalogue().workflow().submit(request, viewer.name()));
  }

  /** The form as the catalogue takes it: every file read and kept, refused before any is kept. */
  private Submission.Request request(SubmissionForm form) {
    String mission =
        form.mission() == null ? null : form.mission().strip().toUpperCase(Locale.ROOT);
    if (form.files().isEmpty()) {
      throw new IllegalArgumentException("a submission needs at least one file");
    }
    List<ParsedDocument> parsed = new ArrayList<>();
    Map<Language, String> fileOf = new EnumMap<>(Language.class);
    for (Upload file : form.files()) {
      ParsedDocument document = read(file);
      // Refused here, before any file is kept: the catalogue would refuse it only after.
      String same = fileOf.putIfAbsent(document.record().language(), file.fileName());
      if (same != null) {
        throw new RefusedFile(
            file.fileName(),
            file.fileName()
                + " is in "
                + document.record().language().code()
                + ", as "
                + same
                + " is: a submission takes one file per language");
      }
      parsed.add(document);
    }
    List<VersionInput> versions = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      ParsedDocument document = parsed.get(i);
      DocumentRecord record = withForm(document.record(), form, mission);
      versions.add(
          new VersionInput(record, document.cleanText(), keep(form.files().get(i), document)));
    }
    return new Submission.Request(
        mission, form.series(), form.baseSymbol(), form.requestedDistribution(), versions);
  }

  /** A submission as its mission follows it: the document (with its state) and the request. */
  public record Submitted(CataloguedDocument document, Submission submission) {}

  /**
   * Up to {@code limit} submissions numbered below {@code beforeId} ({@link Long#MAX_VALUE} for the
   * newest), newest first: a delegate's own mission's, in every state; the secretariat's
   * (registrar, administrator) every mission's.
   *
   * @throws AccessDeniedException for the public and translators, who follow no submissions
   */
  public List<Submitted> submissionsOf(Viewer viewer, long beforeId, int limit) {
    String mission =
        switch (viewer.role()) {
          case DELEGATE -> viewer.mission();
          case REGISTRAR, ADMINISTRATOR -> null;
          case PUBLIC, TRANSLATOR ->
              throw new AccessDeniedException(viewer.name() + " follows no mission's submissions");
        };
    CatalogueReader reader = installation.readerFor(viewer).catalogue();
    List<Submitted> submitted = new ArrayList<>();
    for (CataloguedDocument listed : workflow().submissions(mission, beforeId, limit)) {
      // Through the viewer's reader as every read: what the policy hides is not listed.
      reader
          .document(listed.id())
          .ifPresent(document ->
              submitted.add(
                  new Submitted(document, workflow().submission(document.id()).orElseThrow())));
    }
    return submitted;
  }

  /**
   * What the secretariat fills in to circulate a corrigendum, revision, addendum or reissue of an
   * existing document in one step ({@link #circulateRelated}).
   *
   * @param baseSymbol the document it corrects, revises, adds to or reissues
   * @param series {@code CORRIGENDUM}, {@code REVISION}, {@code ADDENDUM} or {@code REISSUE}
   * @param mission the State on whose behalf, when the base was not submitted by a mission;
   *     otherwise {@code null} (the base's mission is taken)
   * @param mastheadDate the date printed in the masthead
   * @param originalLanguage the language of the original
   * @param distribution the distribution printed in the masthead
   * @param files one file per language supplied
   */
  public record RelatedForm(
      String baseSymbol,
      SymbolSeries series,
      String mission,
      LocalDate mastheadDate,
      Language originalLanguage,
      Distribution distribution,
      List<Upload> files) {
    public RelatedForm {
      files = List.copyOf(files);
    }
  }

  /**
   * The secretariat circulates a corrigendum, revision, addendum or reissue of a document it sees:
   * the files are submitted on behalf of the base's mission (or the form's) and registered at once
   * in the series of the base's symbol ({@code …/Corr.1}), in one transaction, then go to
   * translation like any registered submission. Registrars only (a registrar may not submit for a
   * mission otherwise). Everything the form says is checked before anything is stored.
   *
   * @return the registered document, with its symbol
   */
  public CataloguedDocument circulateRelated(Viewer viewer, RelatedForm form) {
    AccessPolicy.require(viewer, Action.REGISTER, null);
    if (form.series() == null || !form.series().extendsDocument()) {
      throw new IllegalArgumentException(
          "series: expected CORRIGENDUM, REVISION, ADDENDUM or REISSUE, got " + form.series());
    }
    if (form.baseSymbol() == null || form.baseSymbol().isBlank()) {
      throw new IllegalArgumentException("baseSymbol: the symbol of the document it extends");
    }
    requireGiven(form.mastheadDate(), "mastheadDate");
    requireGiven(form.originalLanguage(), "originalLanguage");
    requireGiven(form.distribution(), "distribution");
    CataloguedDocument base =
        installation
            .readerFor(viewer)
            .catalogue()
            .find(form.baseSymbol().strip())
            .filter(found -> !found.provisional())
            .orElseThrow(() ->
                new CatalogueException(
                    "No document with the symbol " + form.baseSymbol().strip() + " was found"));
    String mission = base.mission() != null ? base.mission() : form.mission();
    if (mission == null || mission.isBlank()) {
      throw new IllegalArgumentException(
          "mission: "
              + base.symbol()
              + " was not submitted by a mission; name the State on whose behalf it is circulated");
    }
    Registration registration =
        new Registration(
            form.series(),
            base.symbol(),
            form.mastheadDate(),
            form.originalLanguage(),
            form.distribution());
    Body body = base.body() == null ? null : Body.fromName(base.body()).orElse(null);
    Submission.Request request =
        request(
            new SubmissionForm(
                mission,
                body,
                Objects.requireNonNullElse(base.sessionNumber(), 0),
                List.of(),
                base.docType(),
                form.distribution(),
                form.series(),
                base.symbol(),
                form.files()));
    return installation.writeAndCatchUp(
        () -> workflow().submitAndRegister(request, registration, viewer.name()));
  }

  private static void requireGiven(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": expected a value, got none");
    }
  }

  /** The registrar's queue: submissions waiting and imports without a symbol. */
  public List<CataloguedDocument> queue(Viewer viewer, long afterId, int limit) {
    AccessPolicy.require(viewer, Action.REGISTER, null);
    return workflow().registrationQueue(afterId, limit);
  }

  public CataloguedDocument register(Viewer viewer, long documentId, Registration registration) {
    AccessPolicy.require(viewer, Action.REGISTER, null);
    visible(viewer, documentId);
    return installation.writeAndCatchUp(
        () -> workflow().register(documentId, registration, viewer.name()));
  }

  public void returnToMission(Viewer viewer, long documentId, String reason) {
    AccessPolicy.require(viewer, Action.REGISTER, null);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().returnToMission(documentId, reason, viewer.name());
      return null;
    });
  }

  /**
   * The documents the secretariat is working on (registered, in translation, issued), oldest first:
   * the translators' work list and the registrar's; each as the viewer's reader sees it.
   */
  public List<CataloguedDocument> inProcessing(Viewer viewer, long afterId, int limit) {
    if (viewer.role() != Role.TRANSLATOR) {
      AccessPolicy.require(viewer, Action.ISSUE, null);
    }
    CatalogueReader reader = installation.readerFor(viewer).catalogue();
    return workflow().inProcessing(afterId, limit).stream()
        .filter(document -> reader.document(document.id()).isPresent())
        .toList();
  }

  /** The translation tasks of a document the viewer may see. */
  public List<TranslationTask> tasks(Viewer viewer, long documentId) {
    visible(viewer, documentId);
    return workflow().tasks(documentId);
  }

  public void startTranslation(Viewer viewer, long documentId, Language language) {
    AccessPolicy.require(viewer, Action.TRANSLATE, language);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().startTranslation(documentId, language, viewer.name());
      return null;
    });
  }

  /** Uploads a translation; its language is read from the file, and must be the viewer's. */
  public void addTranslation(Viewer viewer, long documentId, Upload file) {
    visible(viewer, documentId);
    ParsedDocument document = read(file);
    Language language = document.record().language();
    AccessPolicy.require(viewer, Action.TRANSLATE, language);
    CataloguedDocument target = installation.catalogue().document(documentId).orElseThrow();
    DocumentRecord record = document.record().toBuilder().symbol(null).build();
    workflow().requireTranslatable(target.id(), language);
    OriginalFile original = keep(file, document);
    installation.writeAndCatchUp(() ->
        workflow()
            .addTranslation(
                target.id(),
                new VersionInput(record, document.cleanText(), original),
                viewer.name()));
  }

  public void markAnnexOriginalOnly(Viewer viewer, long documentId, Language language) {
    AccessPolicy.require(viewer, Action.TRANSLATE, language);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().markAnnexOriginalOnly(documentId, language, viewer.name());
      return null;
    });
  }

  public void issue(
      Viewer viewer, long documentId, Language language, LocalDate date, String jobNumber) {
    AccessPolicy.require(viewer, Action.ISSUE, null);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().issue(documentId, language, date, jobNumber, viewer.name());
      return null;
    });
  }

  public void publish(Viewer viewer, long documentId) {
    AccessPolicy.require(viewer, Action.PUBLISH, null);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().publish(documentId, viewer.name());
      return null;
    });
  }

  public void withdraw(Viewer viewer, long documentId, String reason) {
    AccessPolicy.require(viewer, Action.WITHDRAW, null);
    visible(viewer, documentId);
    installation.writeAndCatchUp(() -> {
      workflow().withdraw(documentId, reason, viewer.name());
      return null;
    });
  }

  /** What the viewer's mission was told, newest last; a delegate reads only its own mission's. */
  public List<Notification> notifications(Viewer viewer, String mission, long afterId, int limit) {
    if (viewer.role() == Role.DELEGATE && !viewer.mission().equalsIgnoreCase(mission)) {
      throw new AccessDeniedException(
          viewer.name()
              + " acts for "
              + viewer.mission()
              + " and may not read "
              + mission
              + "'s notifications");
    }
    if (viewer.role() == Role.PUBLIC || viewer.role() == Role.TRANSLATOR) {
      throw new AccessDeniedException(viewer.name() + " has no mission's notifications to read");
    }
    return workflow().notifications(mission, afterId, limit);
  }

  /** The audit trail; administrators only. */
  public List<AuditEntry> auditTrail(Viewer viewer, long afterSeq, int limit) {
    AccessPolicy.require(viewer, Action.READ_AUDIT_TRAIL, null);
    return workflow().auditTrail(afterSeq, limit);
  }

  /** The document, which the viewer must see; otherwise the same answer as for no document. */
  private CataloguedDocument visible(Viewer viewer, long documentId) {
    CatalogueReader reader = installation.readerFor(viewer).catalogue();
    Optional<CataloguedDocument> document = reader.document(documentId);
    return document.orElseThrow(
        () -> new CatalogueException("No document #" + documentId + " was found"));
  }

  private Workflow workflow() {
    return installation.catalogue().workflow();
  }

  private ParsedDocument read(Upload file) {
    long limit = installation.settings().maxFileBytes();
    if (file.bytes().length > limit) {
      throw new RefusedFile(
          file.fileName(),
          file.fileName()
              + " is "
              + file.bytes().length
              + " bytes; the largest accepted is "
              + limit);
    }
    ParsedDocument document;
    try {
      document = parser.parse(file.fileName(), file.bytes());
    } catch (UnreadableDocumentException e) {
      throw new RefusedFile(
          file.fileName(), file.fileName() + " cannot be read as a document: " + e.getMessage());
    }
    if (document.record().language() == null) {
      throw new RefusedFile(
          file.fileName(),
          file.fileName()
              + ": its language could not be recognised (expected one of the six"
              + " official languages)");
    }
    return document;
  }

  private OriginalFile keep(Upload file, ParsedDocument document) {
    return OriginalFile.of(
        installation.fileStore().put(file.bytes()),
        file.fileName(),
        ImportRun.mediaType(document.format()));
  }

  private static DocumentRecord withForm(DocumentRecord read, SubmissionForm form, String mission) {
    DocumentRecord.Builder record = read.toBuilder().symbol(null);
    if (form.body() != null) {
      record.body(form.body().canonicalName());
    }
    if (form.session() > 0) {
      record.session(new SessionRef(form.session(), null, null));
    }
    if (!form.agendaItems().isEmpty()) {
      record.clearAgendaItems();
      form.agendaItems().forEach(item -> record.addAgendaItem(new AgendaRef(item, null)));
    }
    if (form.docType() != null) {
      record.docType(form.docType());
    }
    record.distribution(form.requestedDistribution());
    record.country(mission);
    return record.build();
  }
}
