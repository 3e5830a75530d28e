package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.model.Language;
import org.dossier.search.Hit;
import org.dossier.web.Library;

/** A search hit as the lists of the reading room show it (search, browse, country). */
final class Hits {
  private Hits() {}

  static Views.HitView view(Library library, Page page, Hit hit) {
    Optional<CataloguedDocument> document =
        library.catalogue().document(Long.parseLong(hit.documentId()));
    Language original = document.map(CataloguedDocument::originalLanguage).orElse(null);
    Language shown = shownLanguage(page.language(), original, hit.titles().keySet());
    String key = document.map(CataloguedDocument::key).orElse(hit.symbol());
    String href = DocumentPage.href(page.language(), key);
    List<Views.LanguageLink> languages = new ArrayList<>();
    for (Language matched : hit.matchingLanguages()) {
      languages.add(new Views.LanguageLink(matched, href + "?version=" + matched.code()));
    }
    List<Views.Snippet> snippets = new ArrayList<>();
    List<Language> order = new ArrayList<>();
    order.add(page.language());
    order.addAll(hit.matchingLanguages());
    for (Language candidate : order) {
      String snippet = hit.snippets().get(candidate);
      if (snippet != null && snippets.stream().noneMatch(s -> s.language() == candidate)) {
        snippets.add(new Views.Snippet(candidate, snippet));
      }
      if (snippets.size() == 2) {
        break;
      }
    }
    return new Views.HitView(
        hit.symbol() == null ? page.t("search.noSymbol") : hit.symbol(),
        href,
        shown == null
            ? new Views.Text(page.language(), page.t("search.noTitle"))
            : new Views.Text(shown, hit.titles().get(shown)),
        page.date(hit.issueDate()),
        languages,
        snippets);
  }

  /** The title to show: the reader's language, else the original's, else English, else any. */
  static Language shownLanguage(
      Language reader, Language original, Collection<Language> available) {
    if (available.contains(reader)) {
      return reader;
    }
    if (original != null && available.contains(original)) {
      return original;
    }
    if (available.contains(Language.EN)) {
      return Language.EN;
    }
    return available.stream().sorted().findFirst().orElse(null);
  }
}
