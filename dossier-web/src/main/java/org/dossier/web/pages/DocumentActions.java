package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dossier.access.AccessDeniedException;
import org.dossier.access.AccessPolicy;
import org.dossier.access.AccessPolicy.Action;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CatalogueException;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.installation.Circulation;
import org.dossier.installation.InstallationException;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.dossier.web.Uploads;
import org.dossier.web.auth.Sessions;

/**
 * The secretariat's and the translators' actions on one document, each a form posted to {@code
 * /{lang}/documents/{id}/…}: register or return (registrar), issue a language version, publish,
 * withdraw (registrar), start a translation, mark a version's annexes as reproduced in the original
 * only (translator). Every action goes through {@link Circulation}, which checks it against the
 * policy; after it, a 303 to the page that shows the result. A form that cannot be acted on is
 * shown again with what was sent and, beside each field, what was wrong.
 */
final class DocumentActions implements HttpService {
  private final Forms forms;
  private final Uploads uploads;

  DocumentActions(Forms forms, Uploads uploads) {
    this.forms = forms;
    this.uploads = uploads;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post(
            "/{lang}/documents/{id}/register",
            action(
                "queue.register", may(Action.REGISTER), false, WorkForms::register, this::register))
        .post(
            "/{lang}/documents/{id}/return",
            action(
                "queue.return",
                may(Action.REGISTER),
                false,
                WorkForms::returnToMission,
                this::returnToMission))
        .post(
            "/{lang}/documents/{id}/versions/{version}/issue",
            onVersion(
                "work.issueTitle",
                (viewer, version) -> AccessPolicy.may(viewer, Action.ISSUE),
                WorkForms::issue,
                this::issue))
        .post(
            "/{lang}/documents/{id}/publish",
            action("work.publish", may(Action.PUBLISH), false, WorkForms::publish, this::publish))
        .post(
            "/{lang}/documents/{id}/withdraw",
            action(
                "work.withdraw", may(Action.WITHDRAW), false, WorkForms::withdraw, this::withdraw))
        .post(
            "/{lang}/documents/{id}/tasks/{version}/start",
            onTask(
                "tasks.start",
                WorkForms::start,
                (viewer, id, language) -> circulation().startTranslation(viewer, id, language)))
        .post(
            "/{lang}/documents/{id}/tasks/{version}/original-only",
            onTask(
                "tasks.originalOnly",
                WorkForms::originalOnly,
                (viewer, id, language) ->
                    circulation().markAnnexOriginalOnly(viewer, id, language)))
        .post(
            "/{lang}/documents/{id}/translations",
            action(
                "tasks.upload",
                DocumentActions::translates,
                true,
                (forms, document) -> forms.translation(document, null),
                this::translation))
        .post(
            "/{lang}/documents/{id}/family",
            action(
                "work.familySubmit", may(Action.REGISTER), true, WorkForms::family, this::family));
  }

  /** Fields a form sent that cannot be acted on, by field name ({@link WorkForms#WHOLE_FORM}). */
  static final class Invalid extends RuntimeException {
    private final Map<String, String> errors;

    Invalid(Map<String, String> errors) {
      super(errors.toString(), null, false, false);
      this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
      return errors;
    }
  }

  /** What an action does once the reader, the token and the document are checked. */
  @FunctionalInterface
  interface Step {
    /** Acts and returns where to send the reader. */
    String run(Viewer viewer, CataloguedDocument document, Fields fields, Page page);
  }

  private String register(Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    Map<String, String> errors = new LinkedHashMap<>();
    SymbolSeries series = series(page, fields, errors);
    String base = fields.value("base");
    LocalDate date = date(page, fields, "date", errors);
    Language original = choice(page, fields, "original", Language::fromCode, errors);
    Distribution distribution =
        choice(page, fields, "distribution", Distribution::fromLabel, errors);
    base = baseSymbol(page, series, base, errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    CataloguedDocument registered =
        circulation()
            .register(
                viewer,
                document.id(),
                new Registration(series, base, date, original, distribution));
    return DocumentPage.href(page.language(), registered.key());
  }

  private String returnToMission(
      Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    String reason = required(page, fields, "reason");
    circulation().returnToMission(viewer, document.id(), reason);
    return page.href("/queue");
  }

  private String issue(
      Viewer viewer, CataloguedDocument document, Fields fields, Page page, Language version) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = date(page, fields, "date", errors);
    String job = fields.value("job");
    if (job.isEmpty()) {
      errors.put("job", page.t("work.required"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    circulation().issue(viewer, document.id(), version, date, job);
    return documentPage(page, document);
  }

  private String publish(Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    circulation().publish(viewer, document.id());
    return documentPage(page, document);
  }

  private String withdraw(Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    String reason = required(page, fields, "reason");
    circulation().withdraw(viewer, document.id(), reason);
    return documentPage(page, document);
  }

  /** A translator's step on the task of one language. */
  @FunctionalInterface
  private interface TaskStep {
    void run(Viewer viewer, long documentId, Language version);
  }

  /** The form of a step on one language version of a document. */
  @FunctionalInterface
  private interface VersionForm {
    Views.Form of(WorkForms forms, CataloguedDocument document, Language version);
  }

  /** What a step on one language version does; returns where to send the reader. */
  @FunctionalInterface
  private interface VersionStep {
    String run(
        Viewer viewer, CataloguedDocument document, Fields fields, Page page, Language version);
  }

  /**
   * An action on the language version the path names ({@code {version}}); a path naming no official
   * language is no action's.
   */
  private Handler onVersion(
      String titleKey, BiPredicate<Viewer, Language> allowed, VersionForm form, VersionStep step) {
    return (request, response) -> {
      Optional<Language> version = version(request);
      if (version.isEmpty()) {
        response.next();
        return;
      }
      act(
          request,
          response,
          titleKey,
          viewer -> allowed.test(viewer, version.get()),
          false,
          (forms, document) -> form.of(forms, document, version.get()),
          (viewer, document, fields, page) ->
              step.run(viewer, document, fields, page, version.get()));
    };
  }

  /** A step on the task of a language the viewer translates, then back to the tasks. */
  private Handler onTask(String titleKey, VersionForm form, TaskStep step) {
    return onVersion(
        titleKey,
        (viewer, version) -> AccessPolicy.may(viewer, Action.TRANSLATE, version),
        form,
        (viewer, document, fields, page, version) -> {
          step.run(viewer, document.id(), version);
          return page.href("/tasks");
        });
  }

  private String translation(Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    List<Circulation.Upload> files = fields.files("file");
    if (files.isEmpty()) {
      throw new Invalid(Map.of("file", page.t("work.required")));
    }
    circulation().addTranslation(viewer, document.id(), files.getFirst());
    return page.href("/tasks");
  }

  /** A corrigendum, revision, addendum or reissue of this document, registered at once. */
  private String family(Viewer viewer, CataloguedDocument document, Fields fields, Page page) {
    Map<String, String> errors = new LinkedHashMap<>();
    SymbolSeries series = series(page, fields, errors);
    LocalDate date = date(page, fields, "date", errors);
    List<Circulation.Upload> files = fields.files("files");
    if (files.isEmpty()) {
      errors.put("files", page.t("work.required"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    CataloguedDocument related =
        circulation()
            .circulateRelated(
                viewer,
                new Circulation.RelatedForm(
                    document.symbol(),
                    series,
                    null,
                    date,
                    document.originalLanguage() == null ? Language.EN : document.originalLanguage(),
                    document.distribution() == null
                        ? Distribution.GENERAL
                        : document.distribution(),
                    files));
    return DocumentPage.href(page.language(), related.key());
  }

  /**
   * An action on a whole document, in the route table: its page's title, who may take it, whether
   * its form carries files, the form to show again and what it does.
   */
  private Handler action(
      String titleKey,
      Predicate<Viewer> allowed,
      boolean multipart,
      BiFunction<WorkForms, CataloguedDocument, Views.Form> form,
      Step step) {
    return (request, response) -> act(request, response, titleKey, allowed, multipart, form, step);
  }

  /** The viewers whose role may take the action. */
  private static Predicate<Viewer> may(Action action) {
    return viewer -> AccessPolicy.may(viewer, action);
  }

  /**
   * Checks in this order — the page's language, a signed-in reader whose role may take the action
   * (else the sign-in page or a 403), the CSRF token (else a 403, nothing changed), a document the
   * viewer sees (else the 404 of a missing one) — then runs {@code step} and sends the reader where
   * it says; a refused step shows its form again beside the document.
   */
  private void act(
      ServerRequest request,
      ServerResponse response,
      String titleKey,
      Predicate<Viewer> allowed,
      boolean multipart,
      BiFunction<WorkForms, CataloguedDocument, Views.Form> form,
      Step step) {
    Optional<Forms.Work> work = forms.open(request, response, titleKey, allowed);
    if (work.isEmpty()) {
      return;
    }
    Viewer viewer = work.get().viewer();
    Page page = work.get().page();
    Sessions.Session session = work.get().session();
    Fields fields;
    if (multipart) {
      try {
        fields = Fields.of(uploads.read(request));
      } catch (Uploads.Refused refused) {
        // Too large or malformed: nothing was read and nothing changes; the form says why.
        forms
            .document(request, response, page)
            .ifPresent(found -> {
              String field = fileField(found, form, page);
              Views.Form shown =
                  form.apply(
                      WorkForms.of(page, Map.of(), Map.of(field, refused.getMessage())), found);
              showForm(response, refused.status(), page, found, shown, session.csrfToken());
            });
        return;
      }
    } else {
      fields = Fields.of(Forms.fields(request));
    }
    if (!forms.csrf(response, page, session, fields.csrf())) {
      return;
    }
    Optional<CataloguedDocument> document = forms.document(request, response, page);
    if (document.isEmpty()) {
      return;
    }
    Map<String, String> errors;
    Status status;
    try {
      Readers.redirect(response, step.run(viewer, document.get(), fields, page));
      return;
    } catch (Invalid invalid) {
      errors = invalid.errors();
      status = Status.BAD_REQUEST_400;
    } catch (AccessDeniedException e) {
      Forms.forbidden(response, page, page.t("work.forbidden"));
      return;
    } catch (Circulation.RefusedFile refused) {
      errors = Map.of(fileField(document.get(), form, page), refused.getMessage());
      status = Status.BAD_REQUEST_400;
    } catch (CatalogueException | InstallationException | IllegalArgumentException e) {
      // The document is not in a state that allows the step (registered already, not translated
      // yet…): the workflow's message says what was expected.
      errors = Map.of(WorkForms.WHOLE_FORM, page.t("work.refused", e.getMessage()));
      status = Status.CONFLICT_409;
    }
    Map<String, String> values = fields.shown();
    showForm(
        response,
        status,
        page,
        document.get(),
        form.apply(WorkForms.of(page, values, errors), document.get()),
        session.csrfToken());
  }

  /** A form shown again on a page of its own, under a link to its document. */
  static void showForm(
      ServerResponse response,
      Status status,
      Page page,
      CataloguedDocument document,
      Views.Form form,
      String csrf) {
    Templates.send(
        response,
        status,
        "action.jte",
        Map.of(
            "page",
            page,
            "document",
            new Views.Link(document.key(), DocumentPage.href(page.language(), document.key())),
            "form",
            form,
            "csrf",
            csrf));
  }

  /** The name of the form's file field, to show an error about the file beside it. */
  private static String fileField(
      CataloguedDocument document,
      BiFunction<WorkForms, CataloguedDocument, Views.Form> form,
      Page page) {
    return form.apply(WorkForms.empty(page), document).inputs().stream()
        .filter(input -> input.type().equals("file"))
        .map(Views.Input::name)
        .findFirst()
        .orElse(WorkForms.WHOLE_FORM);
  }

  private Circulation circulation() {
    return forms.library().installation().circulation();
  }

  private String documentPage(Page page, CataloguedDocument document) {
    String key =
        forms
            .library()
            .catalogue()
            .document(document.id())
            .map(CataloguedDocument::key)
            .orElse(document.key());
    return DocumentPage.href(page.language(), key);
  }

  private static Optional<Language> version(ServerRequest request) {
    String code = request.path().pathParameters().get("version");
    return Language.fromCode(code).filter(language -> language.code().equals(code));
  }

  static String required(Page page, Fields fields, String name) {
    String value = fields.value(name);
    if (value.isEmpty()) {
      throw new Invalid(Map.of(name, page.t("work.required")));
    }
    return value;
  }

  static LocalDate date(Page page, Fields fields, String name, Map<String, String> errors) {
    String value = fields.value(name);
    if (value.isEmpty()) {
      errors.put(name, page.t("work.required"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(name, page.t("work.badDate", value));
      return null;
    }
  }

  static <T> T choice(
      Page page,
      Fields fields,
      String name,
      Function<String, Optional<T>> parse,
      Map<String, String> errors) {
    Optional<T> chosen = parse.apply(fields.value(name));
    if (chosen.isEmpty()) {
      errors.put(name, page.t("work.badChoice"));
      return null;
    }
    return chosen.get();
  }

  static SymbolSeries series(Page page, Fields fields, Map<String, String> errors) {
    return choice(page, fields, "series", name -> constant(SymbolSeries.class, name), errors);
  }

  /** The constant of an enum a select's option names, or empty. */
  static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The base symbol a series needs (a document it extends) or refuses; {@code null} if none. */
  static String baseSymbol(
      Page page, SymbolSeries series, String base, Map<String, String> errors) {
    if (series == null) {
      return null;
    }
    if (series.extendsDocument() && base.isEmpty()) {
      errors.put("base", page.t("work.baseNeeded"));
    } else if (!series.extendsDocument() && !base.isEmpty()) {
      errors.put("base", page.t("work.baseNotTaken"));
    }
    return base.isEmpty() ? null : base;
  }

  /** Whether the viewer may upload translations at all (the file says in which language). */
  static boolean translates(Viewer viewer) {
    return viewer.role() == Role.TRANSLATOR || AccessPolicy.may(viewer, Action.ISSUE);
  }
}
