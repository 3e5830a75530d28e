package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Submission;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.installation.Circulation;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;
import org.dossier.web.Library;
import org.dossier.web.Uploads;
import org.dossier.web.UrlPaths;

/**
 * {@code /api/v1/submissions}: a mission submits a document (multipart: the form's fields and one
 * file per language supplied), has a file read to pre-fill its form, and follows its submissions;
 * {@code POST /api/v1/documents/{symbol}/related}: the secretariat circulates a corrigendum,
 * revision, addendum or reissue of a document in one step. Who may do what is {@link Circulation}'s
 * to decide.
 */
final class SubmissionsApi extends ApiResource {
  static final String PATH = "/api/v1/submissions";

  private final Library library;
  private final Uploads uploads;

  SubmissionsApi(Library library, Uploads uploads, RouteTable table) {
    super("/api/v1", table);
    this.library = library;
    this.uploads = uploads;
  }

  @Override
  void declare(Routes routes) {
    routes
        .post("/submissions/prefill", Writes.guarded(this::prefill))
        .post("/submissions", Writes.guarded(this::submit))
        .get("/submissions", Writes.guarded(this::list))
        .post("/documents/{+symbol}/related", Writes.guarded(this::related));
  }

  /**
   * What the understanding module reads from the file {@code file}: the record to pre-fill with.
   */
  private void prefill(ServerRequest request, ServerResponse response) {
    Circulation.Upload file = oneFile(uploads.read(request));
    DocumentRecord record = circulation().prefill(file).withSource(file.fileName());
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("fileName", file.fileName());
    try {
      node.set("record", Json.MAPPER.readTree(RecordJson.toJsonLine(record)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Json.send(request, response, node);
  }

  private void submit(ServerRequest request, ServerResponse response) {
    Viewer viewer = library.viewer();
    Uploads.Form form = uploads.read(request);
    List<Circulation.Upload> files = form.files("file");
    if (files.isEmpty()) {
      throw new Writes.FieldException(
          "file", "file: expected one file per language supplied, got none");
    }
    Optional<String> mission = form.field("mission");
    String series = form.field("series").orElse("government-communication");
    long id =
        circulation()
            .submit(
                viewer,
                new Circulation.SubmissionForm(
                    // A delegate submits for its own State unless it names one.
                    mission.orElse(viewer.role() == Role.DELEGATE ? viewer.mission() : null),
                    form.field("body").map(SubmissionsApi::body).orElse(null),
                    Writes.whole(
                        "session",
                        Writes.required(form.field("session"), "session", "a session number"),
                        1,
                        10_000),
                    agendaItems(form),
                    form.field("docType")
                        .map(type -> Writes.constant("docType", type, DocType.class))
                        .orElse(null),
                    form.field("distribution")
                        .map(value -> Writes.constant("distribution", value, Distribution.class))
                        .orElse(Distribution.GENERAL),
                    Writes.constant("series", series, SymbolSeries.class),
                    form.field("baseSymbol").orElse(null),
                    files));
    CataloguedDocument document = library.catalogue().document(id).orElseThrow();
    response.status(Status.CREATED_201);
    response.header(HeaderNames.LOCATION, Documents.link(DocumentsApi.PATH, document));
    Json.send(request, response, withState(document));
  }

  /** The viewer's submissions, newest first: a mission's own; the secretariat's every mission's. */
  private void list(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    int pageSize = Writes.pageSize(params);
    long before =
        params.text("before").isEmpty()
            ? Long.MAX_VALUE
            : params.integer("before", 0, 1, Integer.MAX_VALUE);
    List<Circulation.Submitted> page =
        circulation().submissionsOf(library.viewer(), before, pageSize);
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode submissions = node.putArray("submissions");
    for (Circulation.Submitted submitted : page) {
      ObjectNode each = withState(submitted.document());
      Submission submission = submitted.submission();
      each.put("series", submission.series().name());
      each.put("baseSymbol", submission.baseSymbol());
      each.put("requestedDistribution", submission.requestedDistribution().label());
      ArrayNode supplied = each.putArray("languagesSupplied");
      submission.languagesSupplied().stream().sorted().map(Language::code).forEach(supplied::add);
      each.put("submittedBy", submission.submittedBy());
      each.put("submittedAt", submission.submittedAt().toString());
      each.put("returnReason", submission.returnReason());
      submissions.add(each);
    }
    node.put(
        "nextBefore",
        page.size() == pageSize ? Long.toString(page.getLast().document().id()) : null);
    Json.send(request, response, node);
  }

  /** A corrigendum, revision, addendum or reissue of the path's document, registered at once. */
  private void related(ServerRequest request, ServerResponse response) {
    CataloguedDocument base = Writes.document(library, request);
    Uploads.Form form = uploads.read(request);
    List<Circulation.Upload> files = form.files("file");
    if (files.isEmpty()) {
      throw new Writes.FieldException(
          "file", "file: expected one file per language supplied, got none");
    }
    if (base.provisional()) {
      throw new Writes.FieldException(
          "symbol", base.key() + " has no symbol yet: register it before extending it");
    }
    CataloguedDocument registered =
        circulation()
            .circulateRelated(
                library.viewer(),
                new Circulation.RelatedForm(
                    base.symbol(),
                    Writes.constant(
                        "series",
                        Writes.required(
                            form.field("series"),
                            "series",
                            "corrigendum, revision, addendum or reissue"),
                        SymbolSeries.class),
                    form.field("mission").orElse(null),
                    Writes.date(
                        "mastheadDate",
                        Writes.required(
                            form.field("mastheadDate"), "mastheadDate", "a date as 2020-03-02")),
                    WorkflowApi.language(
                        "originalLanguage",
                        Writes.required(
                            form.field("originalLanguage"),
                            "originalLanguage",
                            "ar zh en fr es ru")),
                    Writes.constant(
                        "distribution",
                        form.field("distribution").orElse("general"),
                        Distribution.class),
                    files));
    response.status(Status.CREATED_201);
    response.header(HeaderNames.LOCATION, Documents.link(DocumentsApi.PATH, registered));
    Json.send(request, response, withState(registered));
  }

  /** A document's summary with where it stands in the workflow and the mission it came from. */
  static ObjectNode withState(CataloguedDocument document) {
    ObjectNode node = Documents.summary(document);
    node.put("state", document.state().name());
    node.put("mission", document.mission());
    node.put("href", UrlPaths.encode(DocumentsApi.PATH + "/" + document.key()));
    return node;
  }

  private Circulation circulation() {
    return library.installation().circulation();
  }

  private static Circulation.Upload oneFile(Uploads.Form form) {
    List<Circulation.Upload> files = form.files("file");
    if (files.size() != 1) {
      throw new Writes.FieldException(
          "file", "file: expected one file to read, got " + files.size());
    }
    return files.getFirst();
  }

  /**
   * Agenda items as repeated {@code agendaItem} fields, or one field listing them ({@code 4, 5}).
   */
  private static List<Integer> agendaItems(Uploads.Form form) {
    List<Integer> items = new ArrayList<>();
    for (String value : form.all("agendaItem")) {
      for (String item : value.split("[,\\s]+")) {
        if (!item.isBlank()) {
          items.add(Writes.whole("agendaItem", item, 1, 1_000));
        }
      }
    }
    return items;
  }

  private static Body body(String value) {
    return Writes.parsed(
        "body",
        value,
        "a body's code or name, such as HRC",
        text -> Body.fromCode(text.toUpperCase(Locale.ROOT)).or(() -> Body.fromName(text)));
  }
}
