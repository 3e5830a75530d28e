package org.dossier.web.pages;

import java.util.List;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.web.UrlPaths;

/**
 * A version's downloads, served by the REST API's {@code /api/v1/versions/{lang}/{symbol}}: the
 * original file, the clean text, the record (JSON) and Akoma Ntoso.
 */
final class Downloads {
  private Downloads() {}

  static List<Views.Link> of(Page page, CataloguedDocument document, CataloguedVersion version) {
    String base =
        UrlPaths.encode("/api/v1/versions/" + version.language().code() + "/" + document.key())
            + "?format=";
    return List.of(
        new Views.Link(
            page.t("doc.download.original") + " (" + version.original().fileName() + ")",
            base + "original"),
        new Views.Link(page.t("doc.download.text"), base + "text"),
        new Views.Link(page.t("doc.download.json"), base + "json"),
        new Views.Link(page.t("doc.download.akn"), base + "akn"));
  }
}
