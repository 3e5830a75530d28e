package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.TranslationTask;
import org.dossier.installation.Circulation;
import org.dossier.model.Language;

/**
 * The translation tasks ({@code /{lang}/tasks?after=ID}): the documents the secretariat is working
 * on, each with its tasks in the languages the viewer may translate (all six for the registrar) —
 * pending, in progress or done — and the forms that start a task, upload its version and mark the
 * annexes as reproduced in the original only.
 */
final class TasksPage implements HttpService {
  private static final int PAGE_SIZE = 20;

  private final Forms forms;

  TasksPage(Forms forms) {
    this.forms = forms;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/tasks", this::show);
  }

  private void show(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    Viewer viewer = forms.library().viewer();
    Page page =
        Readers.page(
            viewer, request, language.get(), Messages.of(language.get()).get("tasks.title"));
    if (forms.gate(request, response, page, DocumentActions.translates(viewer)).isEmpty()) {
      return;
    }
    long after;
    try {
      after = Long.parseLong(Readers.parameter(request, "after").orElse("0"));
    } catch (NumberFormatException e) {
      Readers.badRequest(response, page, "after: expected a document id (a whole number)");
      return;
    }
    Circulation circulation = forms.library().installation().circulation();
    List<CataloguedDocument> documents = circulation.inProcessing(viewer, after, PAGE_SIZE);
    WorkForms workForms = WorkForms.empty(page);
    List<Views.Work> work = new ArrayList<>();
    for (CataloguedDocument document : documents) {
      List<Views.Task> tasks = new ArrayList<>();
      for (TranslationTask task : circulation.tasks(viewer, document.id())) {
        if (!AccessPolicy.may(viewer, AccessPolicy.Action.TRANSLATE, task.language())) {
          continue;
        }
        tasks.add(
            new Views.Task(
                task.language(),
                page.languageName(task.language()),
                page.t("task." + task.status().name()),
                task.reference(),
                forms(workForms, document, task)));
      }
      work.add(
          new Views.Work(
              WorkList.item(forms.library(), page, document),
              page.t("state." + document.state().name()),
              tasks));
    }
    String next =
        documents.size() == PAGE_SIZE ? page.href("/tasks?after=" + documents.getLast().id()) : "";
    Templates.send(
        response,
        Status.OK_200,
        "tasks.jte",
        Map.of("page", page, "work", work, "next", next, "csrf", forms.csrfToken(request)));
  }

  /** What can be done with a task now: start it, upload its version, mark its annexes. */
  private static List<Views.Form> forms(
      WorkForms forms, CataloguedDocument document, TranslationTask task) {
    List<Views.Form> offered = new ArrayList<>();
    switch (task.status()) {
      case PENDING -> offered.add(forms.start(document, task.language()));
      case IN_PROGRESS -> offered.add(forms.translation(document, task.language()));
      case DONE -> {
        if (!task.annexOriginalOnly()) {
          offered.add(forms.originalOnly(document, task.language()));
        }
      }
      case ISSUED -> {
        // Issued: nothing is left to do in this language.
      }
    }
    return offered;
  }
}
