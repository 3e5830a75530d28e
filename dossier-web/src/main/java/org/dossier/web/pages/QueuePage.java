package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.model.Distribution;
import org.dossier.model.Language;

/**
 * The registrar's queue ({@code /{lang}/queue?after=ID}): the missions' submissions waiting and the
 * imports without a symbol, each with the form that registers it (the next symbol of the chosen
 * series) and the one that returns it to its mission with a reason.
 */
final class QueuePage extends WorkListPage<CataloguedDocument> {
  private static final int PAGE_SIZE = 20;

  QueuePage(Forms forms) {
    super(
        forms,
        "queue",
        viewer -> AccessPolicy.may(viewer, AccessPolicy.Action.REGISTER),
        PAGE_SIZE,
        "a document id");
  }

  @Override
  List<CataloguedDocument> list(Viewer viewer, long after, int limit) {
    return forms.library().installation().circulation().queue(viewer, after, limit);
  }

  @Override
  long position(CataloguedDocument document) {
    return document.id();
  }

  @Override
  void send(
      ServerResponse response, Forms.Work work, List<CataloguedDocument> documents, String next) {
    Page page = work.page();
    List<Views.Queued> waiting = new ArrayList<>();
    for (CataloguedDocument document : documents) {
      WorkForms defaults = WorkForms.of(page, defaults(document), Map.of());
      waiting.add(
          new Views.Queued(
              WorkList.item(forms.library(), page, document),
              document.mission() == null ? "" : page.countryName(document.mission()),
              page.t("state." + document.state().name()),
              defaults.register(document),
              document.mission() == null ? null : defaults.returnToMission(document)));
    }
    Templates.send(
        response,
        Status.OK_200,
        "queue.jte",
        Map.of("page", page, "waiting", waiting, "next", next, "csrf", work.session().csrfToken()));
  }

  /** What the registration form proposes: the document's own facts, today's date. */
  private static Map<String, String> defaults(CataloguedDocument document) {
    Language original =
        document.originalLanguage() != null
            ? document.originalLanguage()
            : document.languages().stream().sorted().findFirst().orElse(Language.EN);
    Distribution distribution =
        document.distribution() == null ? Distribution.GENERAL : document.distribution();
    return Map.of(
        "series", SymbolSeries.GOVERNMENT_COMMUNICATION.name(),
        "date", WorkForms.today(),
        "original", original.code(),
        "distribution", distribution.label());
  }
}
