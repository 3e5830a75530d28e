package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.TranslationTask;
import org.dossier.installation.Circulation;

/**
 * The translation tasks ({@code /{lang}/tasks?after=ID}): the documents the secretariat is working
 * on, each with its tasks in the languages the viewer may translate (all six for the registrar) —
 * pending, in progress or done — and the forms that start a task, upload its version and mark the
 * annexes as reproduced in the original only.
 */
final class TasksPage extends WorkListPage<CataloguedDocument> {
  private static final int PAGE_SIZE = 20;

  TasksPage(Forms forms) {
    super(forms, "tasks", DocumentActions::translates, PAGE_SIZE, "a document id");
  }

  @Override
  List<CataloguedDocument> list(Viewer viewer, long after, int limit) {
    return circulation().inProcessing(viewer, after, limit);
  }

  @Override
  long position(CataloguedDocument document) {
    return document.id();
  }

  @Override
  void send(
      ServerResponse response, Forms.Work open, List<CataloguedDocument> documents, String next) {
    Viewer viewer = open.viewer();
    Page page = open.page();
    Circulation circulation = circulation();
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
    Templates.send(
        response,
        Status.OK_200,
        "tasks.jte",
        Map.of("page", page, "work", work, "next", next, "csrf", open.session().csrfToken()));
  }

  private Circulation circulation() {
    return forms.library().installation().circulation();
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
