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
import java.util.OptionalLong;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.model.Language;
import org.dossier.web.Library;

/**
 * The registrar's list of documents waiting for a symbol ({@code /{lang}/provisional}): each with
 * its versions, why it waits, and the catalogued documents it may be. Paged by catalogue id ({@code
 * ?after=ID}).
 */
final class ProvisionalPage implements HttpService {
  private static final int PAGE_SIZE = 50;

  private final Library library;

  ProvisionalPage(Library library) {
    this.library = library;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/provisional", this::list);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Optional<Page> opened = Readers.open(library, request, response, "provisional.title");
    if (opened.isEmpty()) {
      return;
    }
    Page page = opened.get();
    OptionalLong after = Readers.position(request, response, page, "after", 0, "a document id");
    if (after.isEmpty()) {
      return;
    }
    // The reader decides which waiting documents the viewer sees: an unpublished submission is
    // absent for an anonymous reader as if it had never been sent.
    List<CataloguedDocument> documents =
        library.catalogue().documents(DocumentFilter.PROVISIONAL, after.getAsLong(), PAGE_SIZE);
    List<Views.Waiting> waiting = new ArrayList<>();
    for (CataloguedDocument document : documents) {
      List<Views.Link> matches = new ArrayList<>();
      for (CataloguedDocument match : library.possibleMatches(document)) {
        matches.add(new Views.Link(match.key(), DocumentPage.href(page.language(), match.key())));
      }
      String href = DocumentPage.href(page.language(), document.key());
      List<Views.LanguageLink> languages = new ArrayList<>();
      document.languages().stream()
          .sorted()
          .forEach(l -> languages.add(new Views.LanguageLink(l, href + "?version=" + l.code())));
      waiting.add(
          new Views.Waiting(
              new Views.Link(document.key(), DocumentPage.href(page.language(), document.key())),
              languages,
              document.reviewNote() == null
                  ? null
                  : new Views.Text(Language.EN, document.reviewNote()),
              matches));
    }
    String next =
        Readers.nextPage(page, documents, PAGE_SIZE, "/provisional?after=", CataloguedDocument::id);
    Templates.send(
        response,
        Status.OK_200,
        "provisional.jte",
        Map.of("page", page, "waiting", waiting, "next", next));
  }
}
