package org.dossier.cli;

import org.dossier.catalogue.CataloguedDocument;
import org.dossier.model.Language;

/** How the registrar's commands print a document. */
final class Documents {
  private Documents() {}

  /** Its language codes in the UN's order: {@code [ar, en, fr]}. */
  static String languages(CataloguedDocument document) {
    return document.languages().stream().sorted().map(Language::code).toList().toString();
  }

  /** One line: its key, id and languages. */
  static String describe(CataloguedDocument document) {
    return document.key() + " (#" + document.id() + ", versions " + languages(document) + ")";
  }
}
