package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.FamilyRelation;
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/** Finding a document named in a path, and its JSON summary shared by the resources. */
final class Documents {
  private static final int SUGGESTIONS = 5;

  private Documents() {}

  /** The visible document answering to {@code typed} in any spelling, or a 404 with suggestions. */
  static CataloguedDocument find(Library library, String typed) {
    return library
        .document(typed)
        .orElseThrow(() ->
            new NotFoundException(
                "No document answers to '" + typed.strip() + "'",
                library.similarSymbols(typed, SUGGESTIONS)));
  }

  /**
   * The path of a document's resource under {@code resource}, such as {@code /api/v1/documents}.
   */
  static String link(String resource, CataloguedDocument document) {
    return UrlPaths.encode(resource + "/" + document.key());
  }

  /** What the catalogue knows of the document, with the record contract's field names. */
  static ObjectNode summary(CataloguedDocument document) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", document.id());
    node.put("symbol", document.symbol());
    node.put("key", document.key());
    ArrayNode symbols = node.putArray("symbols");
    document.symbols().forEach(symbols::add);
    node.put("provisional", document.provisional());
    node.put("organ", document.organ());
    node.put("body", document.body());
    node.put("session", document.sessionNumber());
    node.put("docType", document.docType() == null ? null : document.docType().toString());
    node.put(
        "distribution", document.distribution() == null ? null : document.distribution().label());
    node.put(
        "originalLanguage",
        document.originalLanguage() == null ? null : document.originalLanguage().code());
    node.put("titleDate", Objects.toString(document.titleDate(), null));
    node.put("country", document.country());
    node.put("familyBase", document.familyBase());
    node.put("familyRelation", relation(document.familyRelation()));
    ArrayNode languages = node.putArray("languages");
    document.languages().stream().sorted().map(Language::code).forEach(languages::add);
    return node;
  }

  static String relation(FamilyRelation relation) {
    return relation == null ? null : relation.name().toLowerCase(Locale.ROOT);
  }
}
