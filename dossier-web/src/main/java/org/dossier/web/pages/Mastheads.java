package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.DateRange;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Body;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * A version's masthead as the UN prints it in that version's language, from its record and the
 * language's conventions: {@code Distr. générale}, {@code Original : anglais}, {@code
 * Quarante-troisième session}, {@code Point 4 de l'ordre du jour}.
 */
final class Mastheads {
  private Mastheads() {}

  static Views.Masthead of(CataloguedVersion version, CataloguedDocument document) {
    Language language = version.language();
    LanguageConventions conventions = LanguageConventions.of(language);
    DocumentRecord record = version.record();
    Body organ = record.organ() == null ? null : Body.fromName(record.organ()).orElse(null);
    Body body = record.body() == null ? null : Body.fromName(record.body()).orElse(null);
    String session = null;
    String sessionDates = null;
    if (record.session() != null && record.session().number() != null) {
      int number = record.session().number();
      if (number >= 1 && number <= LanguageConventions.MAX_SESSION) {
        session = conventions.sessionHeading(number);
      }
      if (record.session().start() != null && record.session().end() != null) {
        sessionDates =
            conventions.formatDateRange(
                new DateRange(record.session().start(), record.session().end()));
      }
    }
    String agenda = null;
    List<String> agendaTitles = new ArrayList<>();
    if (!record.agendaItems().isEmpty()) {
      List<Integer> numbers = new ArrayList<>();
      for (DocumentRecord.AgendaRef item : record.agendaItems()) {
        numbers.add(item.number());
        if (item.title() != null) {
          agendaTitles.add(item.title());
        }
      }
      AgendaHeading heading = new AgendaHeading(numbers, false);
      agenda =
          body == null
              ? conventions.agendaHeading(heading)
              : conventions.agendaHeading(heading, body);
    }
    Language original = record.originalLanguage();
    return new Views.Masthead(
        language,
        Messages.of(language).get("un"),
        organ == null ? record.organ() : organ.nameIn(language),
        document.symbol() == null ? document.key() : document.symbol(),
        record.distribution() == null ? null : conventions.distributionLine(record.distribution()),
        version.issueDate() == null ? null : conventions.formatDate(version.issueDate()),
        original == null || original == language ? null : conventions.versionLanguageLine(),
        original == null ? null : conventions.originalLanguageLine(original),
        body == null || body == organ ? null : body.nameIn(language),
        session,
        sessionDates,
        agenda,
        agendaTitles,
        version.title());
  }
}
