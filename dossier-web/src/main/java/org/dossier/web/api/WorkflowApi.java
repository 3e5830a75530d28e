package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AuditEntry;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.catalogue.TranslationTask;
import org.dossier.installation.Circulation;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.Uploads;

/**
 * The secretariat's side of the workflow: the registrar's queue, registering or returning a
 * submission, the translation tasks, uploading a translation, issuing each language version,
 * publishing and withdrawing; and the audit trail for administrators. A document is named in the
 * path by symbol, key or id ({@link Writes#document}); non-file actions take a JSON body.
 */
final class WorkflowApi extends ApiResource {
  private static final String DOCUMENT = "/documents/{+symbol}";

  private final Library library;
  private final Uploads uploads;

  WorkflowApi(Library library, Uploads uploads, RouteTable table) {
    super("/api/v1", table);
    this.library = library;
    this.uploads = uploads;
  }

  @Override
  void declare(Routes routes) {
    routes
        .get("/queue", Writes.guarded(this::queue))
        .post(DOCUMENT + "/registration", Writes.guarded(this::register))
        .post(
            DOCUMENT + "/return",
            Writes.guarded(
                withReason(
                    (viewer, id, reason) -> circulation().returnToMission(viewer, id, reason))))
        .get(DOCUMENT + "/tasks", Writes.guarded(this::tasks))
        .post(
            DOCUMENT + "/tasks/{lang}/start",
            Writes.guarded(
                onTask((viewer, id, language) ->
                    circulation().startTranslation(viewer, id, language))))
        .post(
            DOCUMENT + "/tasks/{lang}/original-only",
            Writes.guarded(
                onTask((viewer, id, language) ->
                    circulation().markAnnexOriginalOnly(viewer, id, language))))
        .post(DOCUMENT + "/translations", Writes.guarded(this::translation))
        .post(DOCUMENT + "/versions/{lang}/issue", Writes.guarded(this::issue))
        .post(DOCUMENT + "/publish", Writes.guarded(this::publish))
        .post(
            DOCUMENT + "/withdraw",
            Writes.guarded(
                withReason((viewer, id, reason) -> circulation().withdraw(viewer, id, reason))))
        .get("/audit", Writes.guarded(this::audit));
  }

  private void queue(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    int pageSize = Writes.pageSize(params);
    long after = params.integer("after", 0, 0, Integer.MAX_VALUE);
    List<CataloguedDocument> page = circulation().queue(library.viewer(), after, pageSize);
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode documents = node.putArray("documents");
    page.forEach(document -> documents.add(SubmissionsApi.withState(document)));
    node.put("nextAfter", page.size() == pageSize ? Long.toString(page.getLast().id()) : null);
    Json.send(request, response, node);
  }

  /** Accepts a submission: the next symbol of the series, masthead date, original, distribution. */
  private void register(ServerRequest request, ServerResponse response) {
    CataloguedDocument document = Writes.document(library, request);
    ObjectNode body = Writes.json(request);
    SymbolSeries series =
        Writes.constant(
            "series",
            Writes.text(body, "series").orElse("government-communication"),
            SymbolSeries.class);
    String originalLanguage =
        Writes.text(body, "originalLanguage")
            .or(() -> Optional.ofNullable(document.originalLanguage()).map(Language::code))
            .orElseThrow(() ->
                new Writes.FieldException(
                    "originalLanguage", "originalLanguage: expected ar, zh, en, fr, es or ru"));
    String distribution =
        Writes.text(body, "distribution")
            .or(() -> Optional.ofNullable(document.distribution()).map(Distribution::name))
            .orElse("general");
    Registration registration;
    try {
      registration =
          new Registration(
              series,
              Writes.text(body, "baseSymbol").orElse(null),
              Writes.date(
                  "mastheadDate",
                  Writes.required(
                      Writes.text(body, "mastheadDate"), "mastheadDate", "a date as 2020-03-02")),
              language("originalLanguage", originalLanguage),
              Writes.constant("distribution", distribution, Distribution.class));
    } catch (IllegalArgumentException e) {
      // The series and the base symbol disagree (one extends a document, the other names none).
      throw new Writes.FieldException("baseSymbol", "baseSymbol: " + e.getMessage());
    }
    CataloguedDocument registered =
        circulation().register(library.viewer(), document.id(), registration);
    response.header(HeaderNames.LOCATION, Documents.link(DocumentsApi.PATH, registered));
    Json.send(request, response, SubmissionsApi.withState(registered));
  }

  private void tasks(ServerRequest request, ServerResponse response) {
    CataloguedDocument document = Writes.document(library, request);
    sendTasks(request, response, document);
  }

  /** A step on the task of one language ({@code {lang}} in the path). */
  @FunctionalInterface
  private interface TaskStep {
    void run(Viewer viewer, long documentId, Language language);
  }

  /** Takes a step on the task of the path's language, and answers with the document's tasks. */
  private Handler onTask(TaskStep step) {
    return (request, response) -> {
      CataloguedDocument document = Writes.document(library, request);
      step.run(library.viewer(), document.id(), pathLanguage(request));
      sendTasks(request, response, document);
    };
  }

  /** A translation's file ({@code file}); its language is read from it. */
  private void translation(ServerRequest request, ServerResponse response) {
    CataloguedDocument document = Writes.document(library, request);
    List<Circulation.Upload> files = uploads.read(request).files("file");
    if (files.size() != 1) {
      throw new Writes.FieldException(
          "file", "file: expected one translation's file, got " + files.size());
    }
    circulation().addTranslation(library.viewer(), document.id(), files.getFirst());
    sendTasks(request, response, document);
  }

  private void issue(ServerRequest request, ServerResponse response) {
    CataloguedDocument document = Writes.document(library, request);
    Language language = pathLanguage(request);
    ObjectNode body = Writes.json(request);
    circulation()
        .issue(
            library.viewer(),
            document.id(),
            language,
            Writes.date(
                "date", Writes.required(Writes.text(body, "date"), "date", "a date as 2020-03-02")),
            Writes.required(Writes.text(body, "jobNumber"), "jobNumber", "a job number"));
    sendTasks(request, response, document);
  }

  private void publish(ServerRequest request, ServerResponse response) {
    CataloguedDocument document = Writes.document(library, request);
    circulation().publish(library.viewer(), document.id());
    sendState(request, response, document);
  }

  /** A step that takes the reason for it, in words. */
  @FunctionalInterface
  private interface ReasonedStep {
    void run(Viewer viewer, long documentId, String reason);
  }

  /** Takes a step for the body's {@code reason}, and answers with the document's state. */
  private Handler withReason(ReasonedStep step) {
    return (request, response) -> {
      CataloguedDocument document = Writes.document(library, request);
      String reason = reason(Writes.json(request));
      step.run(library.viewer(), document.id(), reason);
      sendState(request, response, document);
    };
  }

  private void audit(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    int pageSize = Writes.pageSize(params);
    long after = params.integer("after", 0, 0, Integer.MAX_VALUE);
    List<AuditEntry> page = circulation().auditTrail(library.viewer(), after, pageSize);
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode entries = node.putArray("entries");
    for (AuditEntry entry : page) {
      entries
          .addObject()
          .put("seq", entry.seq())
          .put("at", entry.at().toString())
          .put("actor", entry.actor())
          .put("action", entry.action())
          .put("subject", entry.subject())
          .put("before", entry.before())
          .put("after", entry.after());
    }
    node.put("nextAfter", page.size() == pageSize ? Long.toString(page.getLast().seq()) : null);
    Json.send(request, response, node);
  }

  /** The document as it stands now, as the viewer sees it. */
  private void sendState(
      ServerRequest request, ServerResponse response, CataloguedDocument document) {
    CataloguedDocument now =
        library
            .catalogue()
            .document(document.id())
            .orElseThrow(() -> new NotFoundException(Writes.NO_DOCUMENT, List.of()));
    Json.send(request, response, SubmissionsApi.withState(now));
  }

  private void sendTasks(
      ServerRequest request, ServerResponse response, CataloguedDocument document) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", document.id());
    node.put("key", document.key());
    ArrayNode tasks = node.putArray("tasks");
    for (TranslationTask task : circulation().tasks(library.viewer(), document.id())) {
      tasks
          .addObject()
          .put("language", task.language().code())
          .put("status", task.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .put("reference", task.reference())
          .put("annexOriginalOnly", task.annexOriginalOnly())
          .put("jobNumber", task.jobNumber())
          .put("issueDate", Objects.toString(task.issueDate(), null));
    }
    Json.send(request, response, node);
  }

  private Circulation circulation() {
    return library.installation().circulation();
  }

  private static String reason(ObjectNode body) {
    return Writes.required(Writes.text(body, "reason"), "reason", "the reason, in words");
  }

  private static Language pathLanguage(ServerRequest request) {
    return language("lang", request.path().pathParameters().get("lang"));
  }

  /** One of the six official languages by its code, in any case. */
  static Language language(String field, String code) {
    return Writes.parsed(
        field, code, "one of ar, zh, en, fr, es, ru", text -> Language.fromCode(text));
  }
}
