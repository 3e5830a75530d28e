package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
  private static final Pattern LATIN = Pattern.compile("[\\p{ASCII}]+");

  private Mastheads() {}

  /**
   * A line of the distribution block. Arabic, Chinese and Russian mastheads print some of these
   * lines in English ({@code Distr.: General}, {@code Original: English}): those are marked as
   * English so they are read and drawn as such.
   */
  private static Views.Text line(Language version, String text) {
    if (text == null) {
      return null;
    }
    boolean english =
        (version == Language.AR || version == Language.ZH || version == Language.RU)
            && LATIN.matcher(text).matches();
    return new Views.Text(english ? Language.EN : version, text);
  }

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
        line(
            language,
            record.distribution() == null
                ? null
                : conventions.distributionLine(record.distribution())),
        line(
            language,
            version.issueDate() == null ? null : conventions.formatDate(version.issueDate())),
        line(
            language,
            original == null || original == language ? null : conventions.versionLanguageLine()),
        line(language, original == null ? null : conventions.originalLanguageLine(original)),
        body == null || body == organ ? null : body.nameIn(language),
        session,
        sessionDates,
        agenda,
        agendaTitles,
        version.title());
  }
}
