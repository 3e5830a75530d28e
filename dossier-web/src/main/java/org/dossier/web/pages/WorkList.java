package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.model.Language;
import org.dossier.web.Library;

/** What the work pages show of a document in a list: its link, its title, its languages. */
final class WorkList {
  private WorkList() {}

  static Views.WorkItem item(Library library, Page page, CataloguedDocument document) {
    String href = DocumentPage.href(page.language(), document.key());
    List<CataloguedVersion> versions = library.catalogue().currentVersions(document.id());
    List<Language> available = new ArrayList<>();
    for (CataloguedVersion version : versions) {
      if (version.title() != null) {
        available.add(version.language());
      }
    }
    Language shown = Hits.shownLanguage(page.language(), document.originalLanguage(), available);
    Views.Text title =
        shown == null
            ? null
            : versions.stream()
                .filter(version -> version.language() == shown)
                .findFirst()
                .map(version -> new Views.Text(shown, version.title()))
                .orElse(null);
    List<Views.LanguageLink> languages =
        document.languages().stream()
            .sorted()
            .map(language -> new Views.LanguageLink(language, href + "?version=" + language.code()))
            .toList();
    return new Views.WorkItem(new Views.Link(document.key(), href), title, languages);
  }
}
