package org.dossier.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.catalogue.AuditEntry;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Change;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.NotificationEvent;
import org.dossier.catalogue.NotificationEvent.Kind;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.Submission;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.catalogue.TranslationTask;
import org.dossier.catalogue.VersionInput;
import org.dossier.catalogue.Workflow;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;

/** The workflow over JDBC: each step one transaction with its audit entry and notification. */
final class JdbcWorkflow implements Workflow {
  private static final String YES = "Y";
  private static final String NO = "N";

  private final Connections connections;

  JdbcWorkflow(Connections connections) {
    this.connections = connections;
  }

  @Override
  public long submit(Submission.Request request, String actor) {
    List<VersionWriter.Prepared> versions = prepared(request);
    return write(
        "submit a document for " + missionCode(request.mission()),
        connection -> submitIn(connection, request, versions, actor));
  }

  @Override
  public CataloguedDocument submitAndRegister(
      Submission.Request request, Registration registration, String actor) {
    List<VersionWriter.Prepared> versions = prepared(request);
    return write(
        "circulate a " + registration.series() + " of " + registration.baseSymbol(),
        connection ->
            registerIn(
                connection, submitIn(connection, request, versions, actor), registration, actor));
  }

  /** The request's versions ready to write, refused before any write if two share a language. */
  private static List<VersionWriter.Prepared> prepared(Submission.Request request) {
    List<VersionWriter.Prepared> versions = new ArrayList<>();
    Set<Language> languages = new TreeSet<>();
    for (VersionInput version : request.versions()) {
      versions.add(JdbcCatalogue.prepare(version));
      if (!languages.add(version.record().language())) {
        throw new CatalogueException(
            "Cannot submit: two files are in "
                + version.record().language().code()
                + " (one file per language)");
      }
    }
    return versions;
  }

  private long submitIn(
      Connection connection,
      Submission.Request request,
      List<VersionWriter.Prepared> versions,
      String actor)
      throws SQLException {
    String mission = missionCode(request.mission());
    Set<Language> languages = new TreeSet<>();
    for (VersionWriter.Prepared version : versions) {
      languages.add(version.version().record().language());
    }
    long id = Jdbc.nextId(connection, "document");
    String key = "submission:" + id;
    Jdbc.update(
        connection,
        "INSERT INTO documents (id, provisional_key, review_note, state, mission)"
            + " VALUES (?, ?, ?, ?, ?)",
        id,
        key,
        "Submitted by " + mission + ": a registrar should register or return it.",
        DocumentState.SUBMITTED.name(),
        mission);
    DocumentIdentity.addSymbol(connection, id, Symbols.normalise(key), Documents.PROVISIONAL);
    for (VersionWriter.Prepared version : versions) {
      new VersionWriter(connection, version, id).write();
    }
    Jdbc.update(
        connection,
        "INSERT INTO submissions (document_id, mission, submitted_by, submitted_at, series,"
            + " base_symbol, requested_distribution, languages_supplied)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        mission,
        actor,
        Instant.now().toString(),
        request.series().name(),
        request.baseSymbol() == null ? null : Symbols.printed(request.baseSymbol()),
        request.requestedDistribution().label(),
        languages.stream().map(Language::code).collect(Collectors.joining(",")));
    AuditLog.append(connection, actor, "submit", key, null, DocumentState.SUBMITTED);
    notify(connection, id, mission, new NotificationEvent(Kind.RECEIVED, key, null, null));
    return id;
  }

  @Override
  public Optional<Submission> submission(long documentId) {
    return read(connection ->
        Jdbc.first(
            connection,
            "SELECT * FROM submissions WHERE document_id = ?",
            row ->
                new Submission(
                    row.getString("mission"),
                    SymbolSeries.valueOf(row.getString("series")),
                    row.getString("base_symbol"),
                    Distribution.fromLabel(row.getString("requested_distribution")).orElseThrow(),
                    languages(row.getString("languages_supplied")),
                    row.getString("submitted_by"),
                    Instant.parse(row.getString("submitted_at")),
                    row.getString("return_reason")),
            documentId));
  }

  @Override
  public List<CataloguedDocument> submissions(String mission, long beforeId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("submissions: limit must be at least 1, got " + limit);
    }
    if (mission == null) {
      return read(connection ->
          Documents.loadAll(
              connection,
              "SELECT document_id FROM submissions WHERE document_id < ?"
                  + " ORDER BY document_id DESC LIMIT ?",
              beforeId,
              limit));
    }
    String code = missionCode(mission);
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT document_id FROM submissions WHERE mission = ? AND document_id < ?"
                + " ORDER BY document_id DESC LIMIT ?",
            code,
            beforeId,
            limit));
  }

  @Override
  public List<CataloguedDocument> registrationQueue(long afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "registrationQueue: limit must be at least 1, got " + limit);
    }
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT id FROM documents WHERE id > ? AND (state = ? OR (symbol IS NULL AND mission IS NULL))"
                + " ORDER BY id LIMIT ?",
            afterId,
            DocumentState.SUBMITTED.name(),
            limit));
  }

  @Override
  public List<CataloguedDocument> inProcessing(long afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("inProcessing: limit must be at least 1, got " + limit);
    }
    return read(connection ->
        Documents.loadAll(
            connection,
            "SELECT id FROM documents WHERE id > ? AND state IN (?, ?, ?) ORDER BY id LIMIT ?",
            afterId,
            DocumentState.REGISTERED.name(),
            DocumentState.IN_TRANSLATION.name(),
            DocumentState.ISSUED.name(),
            limit));
  }

  @Override
  public CataloguedDocument register(long documentId, Registration registration, String actor) {
    return write(
        "register document #" + documentId,
        connection -> registerIn(connection, documentId, registration, actor));
  }

  private CataloguedDocument registerIn(
      Connection connection, long documentId, Registration registration, String actor)
      throws SQLException {
    CataloguedDocument document = existing(connection, documentId, "register");
    boolean submitted = document.state() == DocumentState.SUBMITTED;
    if (!submitted && !(document.provisional() && document.mission() == null)) {
      throw new CatalogueException(
          "Cannot register "
              + document.key()
              + ": it is "
              + document.state()
              + (document.provisional() ? "" : " with the symbol " + document.symbol())
              + ", and only a submission waiting for registration (SUBMITTED) or an import"
              + " without a symbol can be registered");
    }
    String base = null;
    if (registration.baseSymbol() != null) {
      String normalisedBase = Symbols.normalise(registration.baseSymbol());
      long baseId =
          Documents.idOf(connection, normalisedBase == null ? "" : normalisedBase)
              .orElseThrow(() ->
                  new CatalogueException(
                      "Cannot register "
                          + document.key()
                          + " as a "
                          + registration.series()
                          + ": no document is known as "
                          + registration.baseSymbol()));
      CataloguedDocument baseDocument = Documents.load(connection, baseId).orElseThrow();
      if (baseDocument.provisional()) {
        throw new CatalogueException(
            "Cannot register "
                + document.key()
                + " as a "
                + registration.series()
                + " of "
                + registration.baseSymbol()
                + ": that document has no symbol yet");
      }
      base = baseDocument.symbol();
    }
    Body body = document.body() == null ? null : Body.fromName(document.body()).orElse(null);
    String symbol =
        SymbolAllocator.next(
            connection, registration.series(), body, document.sessionNumber(), base);
    DocumentIdentity.giveSymbol(connection, documentId, symbol, Symbols.normalise(symbol));
    Jdbc.update(
        connection,
        "UPDATE documents SET original_language = ?, distribution = ?, masthead_date = ?"
            + " WHERE id = ?",
        registration.originalLanguage(),
        registration.distribution(),
        registration.mastheadDate().toString(),
        documentId);
    if (submitted) {
      for (Language language : Language.values()) {
        boolean supplied = document.languages().contains(language);
        Jdbc.update(
            connection,
            "INSERT INTO translation_tasks (document_id, language, status, reference)"
                + " VALUES (?, ?, ?, ?)",
            documentId,
            language,
            (supplied ? TranslationTask.Status.DONE : TranslationTask.Status.PENDING).name(),
            language == registration.originalLanguage() ? YES : NO);
      }
      settle(connection, documentId, actor);
    }
    ChangeLog.append(connection, documentId, Change.Kind.UPDATED);
    ChangeLog.appendNeighbours(connection, documentId);
    AuditLog.append(
        connection,
        actor,
        "register",
        document.key(),
        document.state(),
        "REGISTERED as "
            + symbol
            + " ("
            + registration.distribution()
            + ", masthead "
            + registration.mastheadDate()
            + ", original "
            + registration.originalLanguage().code()
            + ")");
    notify(
        connection,
        documentId,
        document.mission(),
        new NotificationEvent(Kind.REGISTERED, document.key(), symbol, null));
    return Documents.load(connection, documentId).orElseThrow();
  }

  @Override
  public void returnToMission(long documentId, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("returning a submission needs a reason");
    }
    write(
        "return document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "return");
          requireState(document, "return", DocumentState.SUBMITTED);
          setState(connection, document, DocumentState.RETURNED, actor, "return", reason.strip());
          Jdbc.update(
              connection,
              "UPDATE submissions SET return_reason = ? WHERE document_id = ?",
              reason.strip(),
              documentId);
          notify(
              connection,
              documentId,
              document.mission(),
              new NotificationEvent(Kind.RETURNED, document.key(), null, reason.strip()));
          return null;
        });
  }

  @Override
  public List<TranslationTask> tasks(long documentId) {
    return read(connection -> tasks(connection, documentId));
  }

  private static List<TranslationTask> tasks(Connection connection, long documentId)
      throws SQLException {
    return Jdbc.list(
        connection,
        "SELECT * FROM translation_tasks WHERE document_id = ? ORDER BY language",
        row ->
            new TranslationTask(
                documentId,
                Language.fromCode(row.getString("language")).orElseThrow(),
                TranslationTask.Status.valueOf(row.getString("status")),
                YES.equals(row.getString("reference")),
                YES.equals(row.getString("annex_original_only")),
                row.getString("job_number"),
                Jdbc.date(row, "issue_date")),
        documentId);
  }

  @Override
  public void startTranslation(long documentId, Language language, String actor) {
    write(
        "start the " + language.code() + " translation of document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "translate");
          TranslationTask task = task(connection, document, language);
          if (task.status() != TranslationTask.Status.PENDING) {
            throw new CatalogueException(
                "Cannot start the "
                    + language.code()
                    + " translation of "
                    + document.key()
                    + ": it is "
                    + task.status()
                    + ", expected PENDING");
          }
          setTask(connection, documentId, language, TranslationTask.Status.IN_PROGRESS);
          AuditLog.append(
              connection,
              actor,
              "translation.start",
              document.key() + " " + language.code(),
              task.status(),
              TranslationTask.Status.IN_PROGRESS);
          return null;
        });
  }

  @Override
  public PutResult addTranslation(long documentId, VersionInput version, String actor) {
    VersionWriter.Prepared prepared = JdbcCatalogue.prepare(version);
    Language language = version.record().language();
    return write(
        "add the " + language.code() + " version of document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "translate");
          TranslationTask task = translatable(connection, document, language);
          PutResult result = new VersionWriter(connection, prepared, documentId).write();
          setTask(connection, documentId, language, TranslationTask.Status.DONE);
          AuditLog.append(
              connection,
              actor,
              "translation.upload",
              document.key() + " " + language.code(),
              task.status(),
              "DONE (" + version.original().fileName() + ", revision " + result.revision() + ")");
          settle(connection, documentId, actor);
          return result;
        });
  }

  @Override
  public void requireTranslatable(long documentId, Language language) {
    read(connection ->
        translatable(connection, existing(connection, documentId, "translate"), language));
  }

  /** The task a version in {@code language} would complete; refused once issued. */
  private static TranslationTask translatable(
      Connection connection, CataloguedDocument document, Language language) throws SQLException {
    requireState(
        document, "add a translation to", DocumentState.REGISTERED, DocumentState.IN_TRANSLATION);
    TranslationTask task = task(connection, document, language);
    if (task.status() == TranslationTask.Status.ISSUED) {
      throw new CatalogueException(
          "Cannot add the "
              + language.code()
              + " version of "
              + document.key()
              + ": it was issued already (a change after issue is a corrigendum)");
    }
    return task;
  }

  @Override
  public void markAnnexOriginalOnly(long documentId, Language language, String actor) {
    write(
        "mark the annexes of document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "mark");
          task(connection, document, language);
          Jdbc.update(
              connection,
              "UPDATE translation_tasks SET annex_original_only = ?"
                  + " WHERE document_id = ? AND language = ?",
              YES,
              documentId,
              language);
          AuditLog.append(
              connection,
              actor,
              "translation.annex-original-only",
              document.key() + " " + language.code(),
              null,
              "annexes reproduced as received, in the original language only");
          return null;
        });
  }

  @Override
  public void issue(
      long documentId, Language language, LocalDate date, String jobNumber, String actor) {
    if (date == null || jobNumber == null || jobNumber.isBlank()) {
      throw new IllegalArgumentException("issuing a version needs its date and job number");
    }
    write(
        "issue the " + language.code() + " version of document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "issue");
          requireState(
              document,
              "issue a version of",
              DocumentState.REGISTERED,
              DocumentState.IN_TRANSLATION);
          TranslationTask task = task(connection, document, language);
          if (task.status() != TranslationTask.Status.DONE) {
            throw new CatalogueException(
                "Cannot issue the "
                    + language.code()
                    + " version of "
                    + document.key()
                    + ": it is "
                    + task.status()
                    + ", expected DONE (translated)");
          }
          Jdbc.update(
              connection,
              "UPDATE translation_tasks SET status = ?, job_number = ?,"
                  + " issue_date = ? WHERE document_id = ? AND language = ?",
              TranslationTask.Status.ISSUED.name(),
              jobNumber.strip(),
              date.toString(),
              documentId,
              language);
          // The current revision carries the date and job number it was issued with.
          Jdbc.update(
              connection,
              "UPDATE language_versions SET issue_date = ?, job_number = ?,"
                  + " job_key = ? WHERE document_id = ? AND language = ? AND revision ="
                  + " (SELECT MAX(w.revision) FROM language_versions w WHERE w.document_id = ?"
                  + " AND w.language = ?)",
              date.toString(),
              jobNumber.strip(),
              ProvisionalMatcher.jobKey(jobNumber.strip()),
              documentId,
              language,
              documentId,
              language);
          ChangeLog.append(connection, documentId, Change.Kind.UPDATED);
          AuditLog.append(
              connection,
              actor,
              "issue",
              document.key() + " " + language.code(),
              task.status(),
              "ISSUED " + date + " " + jobNumber.strip());
          settle(connection, documentId, actor);
          return null;
        });
  }

  @Override
  public void publish(long documentId, String actor) {
    write(
        "publish document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "publish");
          requireState(document, "publish", DocumentState.ISSUED);
          setState(connection, document, DocumentState.PUBLISHED, actor, "publish", null);
          notify(
              connection,
              documentId,
              document.mission(),
              new NotificationEvent(Kind.PUBLISHED, document.key(), null, null));
          return null;
        });
  }

  @Override
  public void withdraw(long documentId, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("withdrawing a document needs a reason");
    }
    write(
        "withdraw document #" + documentId,
        connection -> {
          CataloguedDocument document = existing(connection, documentId, "withdraw");
          requireState(document, "withdraw", DocumentState.PUBLISHED);
          setState(
              connection, document, DocumentState.WITHDRAWN, actor, "withdraw", reason.strip());
          notify(
              connection,
              documentId,
              document.mission(),
              new NotificationEvent(Kind.WITHDRAWN, document.key(), null, reason.strip()));
          return null;
        });
  }

  @Override
  public List<Notification> notifications(String mission, long afterId, int limit) {
    String code = missionCode(mission);
    return read(connection ->
        Jdbc.list(
            connection,
            "SELECT id, mission, document_id, created_at, event_kind, event_key, event_symbol,"
                + " event_reason, message FROM notifications"
                + " WHERE mission = ? AND id > ? ORDER BY id LIMIT ?",
            row ->
                new Notification(
                    row.getLong(1),
                    row.getString(2),
                    row.getLong(3),
                    Instant.parse(row.getString(4)),
                    row.getString(5) == null
                        ? null
                        : new NotificationEvent(
                            Kind.valueOf(row.getString(5)),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8)),
                    row.getString(9)),
            code,
            afterId,
            limit));
  }

  @Override
  public List<AuditEntry> auditTrail(long afterSeq, int limit) {
    return read(connection -> AuditLog.read(connection, afterSeq, limit));
  }

  /**
   * The state the tasks put a registered submission in: IN_TRANSLATION while a language is not
   * translated, ISSUED when every one is issued, REGISTERED in between.
   */
  private static void settle(Connection connection, long documentId, String actor)
      throws SQLException {
    CataloguedDocument document = Documents.load(connection, documentId).orElseThrow();
    Set<TranslationTask.Status> statuses = EnumSet.noneOf(TranslationTask.Status.class);
    tasks(connection, documentId).forEach(task -> statuses.add(task.status()));
    DocumentState state =
        statuses.contains(TranslationTask.Status.PENDING)
                || statuses.contains(TranslationTask.Status.IN_PROGRESS)
            ? DocumentState.IN_TRANSLATION
            : statuses.equals(EnumSet.of(TranslationTask.Status.ISSUED))
                ? DocumentState.ISSUED
                : DocumentState.REGISTERED;
    if (state != document.state()) {
      setState(connection, document, state, actor, "state", null);
      if (state == DocumentState.ISSUED) {
        notify(
            connection,
            documentId,
            document.mission(),
            new NotificationEvent(Kind.ISSUED, document.key(), null, null));
      }
    }
  }

  private static void setState(
      Connection connection,
      CataloguedDocument document,
      DocumentState state,
      String actor,
      String action,
      String reason)
      throws SQLException {
    Jdbc.update(
        connection, "UPDATE documents SET state = ? WHERE id = ?", state.name(), document.id());
    ChangeLog.append(connection, document.id(), Change.Kind.UPDATED);
    AuditLog.append(
        connection,
        actor,
        action,
        document.key(),
        document.state(),
        reason == null ? state.name() : state.name() + ": " + reason);
  }

  private static TranslationTask task(
      Connection connection, CataloguedDocument document, Language language) throws SQLException {
    return tasks(connection, document.id()).stream()
        .filter(task -> task.language() == language)
        .findFirst()
        .orElseThrow(() ->
            new CatalogueException(
                "Cannot work on the "
                    + language.code()
                    + " version of "
                    + document.key()
                    + ": it has no translation tasks"
                    + " (only a registered submission has)"));
  }

  private static void setTask(
      Connection connection, long documentId, Language language, TranslationTask.Status status)
      throws SQLException {
    Jdbc.update(
        connection,
        "UPDATE translation_tasks SET status = ? WHERE document_id = ? AND language = ?",
        status.name(),
        documentId,
        language);
  }

  private static void notify(
      Connection connection, long documentId, String mission, NotificationEvent event)
      throws SQLException {
    if (mission == null) {
      return;
    }
    Jdbc.update(
        connection,
        "INSERT INTO notifications (id, mission, document_id, created_at, event_kind,"
            + " event_key, event_symbol, event_reason, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Jdbc.nextId(connection, "notification"),
        mission,
        documentId,
        Instant.now().toString(),
        event.kind().name(),
        event.key(),
        event.symbol(),
        event.reason(),
        event.english());
  }

  private static CataloguedDocument existing(Connection connection, long id, String action)
      throws SQLException {
    return Documents.load(connection, id)
        .orElseThrow(() ->
            new CatalogueException("Cannot " + action + " document #" + id + ": no such document"));
  }

  private static void requireState(
      CataloguedDocument document, String action, DocumentState... allowed) {
    if (!List.of(allowed).contains(document.state())) {
      throw new CatalogueException(
          "Cannot "
              + action
              + " "
              + document.key()
              + ": it is "
              + document.state()
              + ", expected "
              + (allowed.length == 1 ? allowed[0] : "one of " + List.of(allowed)));
    }
  }

  static String missionCode(String mission) {
    if (mission == null || !mission.strip().matches("[A-Za-z]{3}")) {
      throw new IllegalArgumentException(
          "a mission is a State's ISO 3166 alpha-3 code (such as FRA), got " + mission);
    }
    return mission.strip().toUpperCase(Locale.ROOT);
  }

  private static Set<Language> languages(String codes) {
    Set<Language> languages = new TreeSet<>();
    for (String code : codes.split(",")) {
      Language.fromCode(code).ifPresent(languages::add);
    }
    return languages;
  }

  private <T> T read(Connections.Work<T> work) {
    try {
      return connections.read(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot read the workflow: " + e.getMessage(), e);
    }
  }

  private <T> T write(String what, Connections.Work<T> work) {
    try {
      return connections.write(work);
    } catch (SQLException e) {
      throw new CatalogueException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
