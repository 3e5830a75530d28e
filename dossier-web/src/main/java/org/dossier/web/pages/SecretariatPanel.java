package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.access.AccessPolicy;
import org.dossier.access.AccessPolicy.Action;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.TranslationTask;
import org.dossier.model.DocumentState;
import org.dossier.web.Library;

/**
 * The secretariat's part of a document page, for a viewer who may issue: the document's state, each
 * language version's task with the form that issues it once translated (its own date and job
 * number), and the forms the state allows — publish an issued document, withdraw a published one,
 * register or return a waiting one, and issue a corrigendum, revision, addendum or reissue of a
 * document with a symbol.
 */
final class SecretariatPanel {
  private SecretariatPanel() {}

  /** The panel, or {@code null} when the viewer may not act for the secretariat. */
  static Views.Secretariat of(Library library, Page page, CataloguedDocument document) {
    Viewer viewer = library.viewer();
    if (!AccessPolicy.may(viewer, Action.ISSUE)) {
      return null;
    }
    WorkForms forms = WorkForms.of(page, Map.of("date", WorkForms.today()), Map.of());
    List<Views.VersionTask> versions = new ArrayList<>();
    for (TranslationTask task : library.installation().circulation().tasks(viewer, document.id())) {
      versions.add(
          new Views.VersionTask(
              task.language(),
              page.languageName(task.language()),
              page.t("task." + task.status().name()),
              task.jobNumber() == null
                  ? ""
                  : task.jobNumber() + " · " + page.date(task.issueDate()),
              task.status() == TranslationTask.Status.DONE
                  ? forms.issue(document, task.language())
                  : null));
    }
    List<Views.Form> actions = new ArrayList<>();
    DocumentState state = document.state();
    if (state == DocumentState.SUBMITTED) {
      actions.add(forms.register(document));
      actions.add(forms.returnToMission(document));
    }
    if (state == DocumentState.ISSUED) {
      actions.add(forms.publish(document));
    }
    if (state == DocumentState.PUBLISHED) {
      actions.add(forms.withdraw(document));
      if (!document.provisional()) {
        actions.add(forms.family(document));
      }
    }
    return new Views.Secretariat(page.t("state." + state.name()), versions, actions);
  }
}
