package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dossier.access.AccessDeniedException;
import org.dossier.access.AccessPolicy;
import org.dossier.access.AccessPolicy.Action;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.installation.Circulation;
import org.dossier.installation.InstallationException;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.web.Uploads;
import org.dossier.web.auth.Sessions;

/**
 * A delegate's pages: "Submit a document" in two steps — {@code POST /{lang}/submit} uploads the
 * file, which the understanding module reads ({@link Circulation#prefill}); {@code GET
 * /{lang}/submit} then shows the form filled in from it (body, session, agenda items, type,
 * distribution; the title and language shown), with files for the other languages supplied; {@code
 * POST /{lang}/submissions} submits — and "My submissions" ({@code GET /{lang}/submissions}): the
 * mission's own, newest first, with state, symbol once assigned, the reason of a return, and the
 * mission's notifications with a link to their private Atom feed.
 */
final class SubmissionPages implements HttpService {
  private static final int PAGE_SIZE = 50;
  private static final int NOTIFICATIONS = 500;
  private static final String FEED = "/api/v1/notifications.atom";

  private final Forms forms;
  private final Uploads uploads;
  private final Drafts drafts;

  SubmissionPages(Forms forms, Uploads uploads, Drafts drafts) {
    this.forms = forms;
    this.uploads = uploads;
    this.drafts = drafts;
  }

  @Override
  public void routing(HttpRules rules) {
    Predicate<Viewer> submits = viewer -> AccessPolicy.may(viewer, Action.SUBMIT);
    rules
        .get("/{lang}/submit", forms.page("submit.title", submits, this::form))
        .post("/{lang}/submit", forms.page("submit.title", submits, this::prefill))
        .post("/{lang}/submissions", forms.page("submit.title", submits, this::submit))
        .get(
            "/{lang}/submissions",
            // A mission follows its own submissions; the registrar follows every mission's.
            forms.page(
                "submissions.title",
                viewer ->
                    viewer.role() == Role.DELEGATE || AccessPolicy.may(viewer, Action.REGISTER),
                this::list));
  }

  private void form(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Sessions.Session session = work.session();
    Optional<Drafts.Draft> draft = drafts.of(session.id());
    if (draft.isEmpty()) {
      show(response, Status.OK_200, page, session, null, Map.of());
    } else {
      show(response, Status.OK_200, page, session, draft.get(), values(draft.get().record()));
    }
  }

  /** Step 1: reads the file, keeps it for step 2, and shows step 2. */
  private void prefill(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Sessions.Session session = work.session();
    Fields fields;
    try {
      fields = Fields.of(uploads.read(request));
    } catch (Uploads.Refused refused) {
      // Unread, the body may not have carried the token: refuse as any form without it would be.
      showPrefill(response, refused.status(), page, session, refused.getMessage());
      return;
    }
    if (!forms.csrf(response, page, session, fields.csrf())) {
      return;
    }
    List<Circulation.Upload> files = fields.files("file");
    if (files.isEmpty()) {
      showPrefill(response, Status.BAD_REQUEST_400, page, session, page.t("work.required"));
      return;
    }
    DocumentRecord record;
    try {
      record = circulation().prefill(files.getFirst());
    } catch (IllegalArgumentException refused) {
      showPrefill(response, Status.BAD_REQUEST_400, page, session, refused.getMessage());
      return;
    }
    drafts.put(session.id(), files.getFirst(), record);
    Readers.redirect(response, page.href("/submit"));
  }

  /** Step 2: the form as corrected, the file of step 1 and the other languages' files. */
  private void submit(ServerRequest request, ServerResponse response, Forms.Work work) {
    Viewer viewer = work.viewer();
    Page page = work.page();
    Sessions.Session session = work.session();
    Fields fields;
    try {
      fields = Fields.of(uploads.read(request));
    } catch (Uploads.Refused refused) {
      Optional<Drafts.Draft> draft = drafts.of(session.id());
      show(
          response,
          refused.status(),
          page,
          session,
          draft.orElse(null),
          draft.map(held -> values(held.record())).orElse(Map.of()),
          Map.of("files", refused.getMessage()));
      return;
    }
    if (!forms.csrf(response, page, session, fields.csrf())) {
      return;
    }
    Optional<Drafts.Draft> draft = drafts.of(session.id());
    if (draft.isEmpty()) {
      showPrefill(response, Status.BAD_REQUEST_400, page, session, page.t("submit.noDraft"));
      return;
    }
    Map<String, String> values = fields.shown();
    Map<String, String> errors = new LinkedHashMap<>();
    Circulation.SubmissionForm submission = submission(page, viewer, fields, draft.get(), errors);
    Status status = Status.BAD_REQUEST_400;
    if (errors.isEmpty()) {
      try {
        circulation().submit(viewer, submission);
        drafts.remove(session.id());
        Readers.redirect(response, page.href("/submissions"));
        return;
      } catch (AccessDeniedException e) {
        Forms.forbidden(response, page, page.t("work.forbidden"));
        return;
      } catch (Circulation.RefusedFile refused) {
        errors.put("files", refused.getMessage());
      } catch (CatalogueException | InstallationException | IllegalArgumentException e) {
        errors.put(WorkForms.WHOLE_FORM, page.t("work.refused", e.getMessage()));
        status = Status.CONFLICT_409;
      }
    }
    show(response, status, page, session, draft.get(), values, errors);
  }

  /** The submission the form describes, or {@code null} with {@code errors} saying why not. */
  private static Circulation.SubmissionForm submission(
      Page page, Viewer viewer, Fields fields, Drafts.Draft draft, Map<String, String> errors) {
    String mission =
        viewer.role() == Role.DELEGATE ? viewer.mission() : fields.first("mission").orElse(null);
    if (mission == null) {
      errors.put("mission", page.t("work.required"));
    }
    Body body =
        DocumentActions.choice(
            page, fields, "body", name -> DocumentActions.constant(Body.class, name), errors);
    Integer session = number(page, fields.value("session"), "session", errors);
    List<Integer> agenda = new ArrayList<>();
    for (String item : fields.value("agenda").split("[,;\\s]+")) {
      if (!item.isBlank()) {
        Integer number = number(page, item, "agenda", errors);
        if (number != null) {
          agenda.add(number);
        }
      }
    }
    DocType type = DocumentActions.choice(page, fields, "type", DocType::fromId, errors);
    Distribution distribution =
        DocumentActions.choice(page, fields, "distribution", Distribution::fromLabel, errors);
    SymbolSeries series = DocumentActions.series(page, fields, errors);
    String base = DocumentActions.baseSymbol(page, series, fields.value("base"), errors);
    if (!errors.isEmpty()) {
      return null;
    }
    List<Circulation.Upload> files = new ArrayList<>();
    files.add(draft.file());
    files.addAll(fields.files("files"));
    return new Circulation.SubmissionForm(
        mission, body, session, agenda, type, distribution, series, base, files);
  }

  private void list(ServerRequest request, ServerResponse response, Forms.Work work) {
    Viewer viewer = work.viewer();
    Page page = work.page();
    OptionalLong before =
        Readers.position(request, response, page, "before", Long.MAX_VALUE, "a document id");
    if (before.isEmpty()) {
      return;
    }
    List<Circulation.Submitted> submitted =
        circulation().submissionsOf(viewer, before.getAsLong(), PAGE_SIZE);
    List<Views.SubmissionRow> rows = new ArrayList<>();
    for (Circulation.Submitted each : submitted) {
      CataloguedDocument document = each.document();
      rows.add(
          new Views.SubmissionRow(
              WorkList.item(forms.library(), page, document),
              page.t("state." + document.state().name()),
              document.state().name(),
              document.symbol() == null ? "" : document.symbol(),
              page.date(each.submission().submittedAt().atZone(ZoneOffset.UTC).toLocalDate()),
              document.state() == DocumentState.RETURNED && each.submission().returnReason() != null
                  ? page.t("submissions.returned", each.submission().returnReason())
                  : ""));
    }
    List<Views.NotificationView> notifications = new ArrayList<>();
    if (viewer.role() == Role.DELEGATE) {
      for (Notification notification :
          circulation().notifications(viewer, viewer.mission(), 0, NOTIFICATIONS).reversed()) {
        notifications.add(
            new Views.NotificationView(
                page.date(notification.at().atZone(ZoneOffset.UTC).toLocalDate()),
                NotificationWords.of(notification, page.language())));
      }
    }
    String next =
        Readers.nextPage(
            page, submitted, PAGE_SIZE, "/submissions?before=", each -> each.document().id());
    Templates.send(
        response,
        Status.OK_200,
        "submissions.jte",
        Map.of(
            "page", page,
            "rows", rows,
            "notifications", notifications,
            "delegate", viewer.role() == Role.DELEGATE,
            "feed", FEED,
            "next", next));
  }

  private void showPrefill(
      ServerResponse response, Status status, Page page, Sessions.Session session, String error) {
    show(response, status, page, session, null, Map.of(), Map.of("file", error));
  }

  private void show(
      ServerResponse response,
      Status status,
      Page page,
      Sessions.Session session,
      Drafts.Draft draft,
      Map<String, String> values) {
    show(response, status, page, session, draft, values, Map.of());
  }

  private void show(
      ServerResponse response,
      Status status,
      Page page,
      Sessions.Session session,
      Drafts.Draft draft,
      Map<String, String> values,
      Map<String, String> errors) {
    WorkForms workForms = WorkForms.of(page, values, errors);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("csrf", session.csrfToken());
    parameters.put(
        "prefill", draft == null ? workForms.prefill() : WorkForms.empty(page).prefill());
    parameters.put(
        "submission",
        draft == null ? null : workForms.submit(session.viewer().role() != Role.DELEGATE));
    parameters.put("read", draft == null ? List.of() : read(page, draft));
    Templates.send(response, status, "submit.jte", parameters);
  }

  /** What the understanding module read that the form does not ask again: shown beside it. */
  private static List<Views.Fact> read(Page page, Drafts.Draft draft) {
    DocumentRecord record = draft.record();
    List<Views.Fact> facts = new ArrayList<>();
    Language language = record.language();
    facts.add(
        new Views.Fact(
            page.t("submit.file"), new Views.Text(page.language(), draft.file().fileName())));
    facts.add(
        new Views.Fact(
            page.t("submit.readLanguage"),
            new Views.Text(page.language(), page.languageName(language))));
    if (record.title() != null) {
      facts.add(
          new Views.Fact(page.t("submit.readTitle"), new Views.Text(language, record.title())));
    }
    if (record.symbol() != null) {
      facts.add(
          new Views.Fact(
              page.t("submit.readSymbol"), new Views.Text(Language.EN, record.symbol())));
    }
    return facts;
  }

  /** The form's values as the file gave them. */
  private static Map<String, String> values(DocumentRecord record) {
    Map<String, String> values = new HashMap<>();
    String body = record.body() != null ? record.body() : record.organ();
    if (body != null) {
      Body.fromName(body)
          .or(() -> Body.fromCode(body))
          .ifPresent(found -> values.put("body", found.name()));
    }
    if (record.session() != null && record.session().number() != null) {
      values.put("session", record.session().number().toString());
    }
    values.put(
        "agenda",
        record.agendaItems().stream()
            .map(item -> Integer.toString(item.number()))
            .collect(Collectors.joining(", ")));
    if (record.docType() != null) {
      values.put("type", record.docType().id());
    }
    values.put(
        "distribution",
        (record.distribution() == null ? Distribution.GENERAL : record.distribution()).label());
    values.put("series", SymbolSeries.GOVERNMENT_COMMUNICATION.name());
    if (record.country() != null) {
      values.put("mission", record.country());
    }
    return values;
  }

  private Circulation circulation() {
    return forms.library().installation().circulation();
  }

  private static Integer number(Page page, String text, String field, Map<String, String> errors) {
    if (text.isBlank()) {
      errors.putIfAbsent(field, page.t("work.required"));
      return null;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      errors.putIfAbsent(field, page.t("submit.badNumber", text.strip()));
      return null;
    }
  }
}
