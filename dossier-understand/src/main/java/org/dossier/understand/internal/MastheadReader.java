package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.DateRange;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * Reads the masthead and the title at the top of a document, line by line: each line is tried as an
 * organ or body name, symbol, distribution, date, original or version language, session heading,
 * session dates or agenda heading; runs of other lines are the agenda items' titles and then the
 * document's title, which ends the masthead.
 */
final class MastheadReader {
  /** A title is never this long; a longer unit means the body began without a title. */
  private static final int LONGEST_TITLE = 1_000;

  /** Mastheads are short: past this many lines without a title, the title is missing. */
  private static final int MASTHEAD_LINES = 120;

  private static final Pattern SYMBOL_SEPARATOR =
      Pattern.compile("\\s+[–—-]\\s+|\\s{2,}|\\s*;\\s*");

  private static final String[] AGENDA_WORDS = {
    "agenda item", "point", "tema", "пункт", "البند", "议程项目"
  };

  private final LanguageConventions own;
  private final LanguageConventions english;
  private final DocumentRecord.Builder record;

  Language versionLanguage;
  String title;
  Line titleLine;

  /** Index of the first line after the masthead and title. */
  int bodyStart;

  private final List<Integer> agendaNumbers = new ArrayList<>();
  private int agendaTitlesRead;
  private boolean sessionSeen;
  private boolean sessionDatesSeen;
  private boolean issueDateSeen;
  private boolean symbolSeen;
  private boolean organSeen;
  private Integer sessionNumber;

  MastheadReader(Language guessed, DocumentRecord.Builder record) {
    this.own = Conventions.of(guessed);
    this.english = Conventions.of(Language.EN);
    this.record = record;
  }

  void read(List<Line> lines) {
    List<Line> unit = new ArrayList<>();
    int unitStart = 0;
    for (int i = 0; i < lines.size() && i < MASTHEAD_LINES; i++) {
      Line line = lines.get(i);
      String text = Texts.collapseSpaces(line.text());
      Runnable element = text.isEmpty() ? null : classify(line, text);
      boolean endsUnit =
          text.isEmpty()
              || element != null
              || (!unit.isEmpty() && endsSentence(unit.getLast().text()));
      if (endsUnit && !unit.isEmpty() && flush(unit)) {
        bodyStart = title == null ? unitStart : i;
        finish(lines);
        return;
      }
      if (element != null) {
        element.run();
      } else if (!text.isEmpty()) {
        if (unit.isEmpty()) {
          unitStart = i;
        }
        unit.add(line);
      }
    }
    boolean ended = flush(unit);
    if (title != null) {
      bodyStart = Math.min(lines.size(), MASTHEAD_LINES);
    } else {
      bodyStart = ended ? unitStart : 0;
    }
    finish(lines);
  }

  private static boolean endsSentence(String text) {
    String stripped = text.stripTrailing();
    return !stripped.isEmpty() && ".。".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
  }

  /**
   * Ends a run of unclassified lines: the next pending agenda title, or the document title. Returns
   * true when that run was the title, which ends the masthead.
   */
  private boolean flush(List<Line> unit) {
    if (unit.isEmpty()) {
      return false;
    }
    String text = join(unit);
    Line first = unit.getFirst();
    unit.clear();
    if (title != null) {
      return true;
    }
    if (text.length() > LONGEST_TITLE) {
      record.warn(first.number(), first.column(), "title.missing", "no title before the text");
      return true;
    }
    if (agendaTitlesRead < agendaNumbers.size() && !isCommunicationTitle(text)) {
      int number = agendaNumbers.get(agendaTitlesRead++);
      record.addAgendaItem(new DocumentRecord.AgendaRef(number, text));
      return false;
    }
    title = text;
    titleLine = first;
    return true;
  }

  private static boolean isCommunicationTitle(String text) {
    DocType type = DocTypes.byTitle(text);
    return type == DocType.NOTE_VERBALE
        || type == DocType.LETTER
        || type == DocType.NGO_STATEMENT
        || type == DocType.DRAFT_RESOLUTION;
  }

  private static String join(List<Line> unit) {
    StringBuilder joined = new StringBuilder();
    for (Line line : unit) {
      if (!joined.isEmpty()) {
        joined.append(' ');
      }
      joined.append(line.text());
    }
    return Texts.collapseSpaces(joined);
  }

  /**
   * What the line is as a masthead element, as the action recording it; null when it is none. The
   * action is deferred so that a pending title is closed before the element is recorded.
   */
  private Runnable classify(Line line, String text) {
    if (text.length() > 120) {
      return null;
    }
    if (Organs.isOrganization(text)) {
      return () -> {};
    }
    Optional<Body> body = Organs.body(text);
    if (body.isPresent()) {
      return () -> readBody(body.get());
    }
    List<String> symbols = symbols(text);
    if (symbols != null) {
      return () -> addSymbols(symbols);
    }
    Optional<Distribution> distribution = either(c -> c.parseDistributionLine(text));
    if (distribution.isPresent()) {
      return () -> record.distribution(distribution.get());
    }
    Optional<Language> original = either(c -> c.parseOriginalLanguageLine(text));
    if (original.isPresent()) {
      return () -> record.originalLanguage(original.get());
    }
    Optional<Language> version = own.parseVersionLanguageLine(text);
    if (version.isPresent()) {
      return () -> versionLanguage = version.get();
    }
    OptionalInt session = own.parseSessionHeading(text);
    if (session.isEmpty() && own != english) {
      session = english.parseSessionHeading(text);
    }
    if (session.isPresent()) {
      int number = session.getAsInt();
      return () -> {
        sessionSeen = true;
        sessionNumber = number;
        record.session(new DocumentRecord.SessionRef(number, null, null));
      };
    }
    Optional<AgendaHeading> agenda = either(c -> c.parseAgendaHeading(text));
    if (agenda.isPresent()) {
      return () -> agendaNumbers.addAll(agenda.get().items());
    }
    Optional<DateRange> range = either(c -> c.parseDateRange(text));
    if (range.isPresent()) {
      Runnable dates = dates(range.get());
      if (dates != null) {
        return dates;
      }
    }
    return malformed(line, text);
  }

  /**
   * A principal organ is the record's organ; any other body is its body, and gives the organ too
   * when the masthead does not print it.
   */
  private void readBody(Body named) {
    if (named.kind() == Body.Kind.PRINCIPAL_ORGAN) {
      record.organ(named.canonicalName());
      organSeen = true;
      return;
    }
    record.body(named.canonicalName());
    if (!organSeen) {
      named.principalOrgan().ifPresent(organ -> record.organ(organ.canonicalName()));
    }
  }

  private static List<String> symbols(String text) {
    if (text.indexOf('/') < 0) {
      return null;
    }
    String[] parts = SYMBOL_SEPARATOR.split(text);
    List<String> symbols = new ArrayList<>(parts.length);
    for (String part : parts) {
      String symbol = Symbols.normalised(part);
      if (symbol == null) {
        return null;
      }
      symbols.add(symbol);
    }
    return symbols;
  }

  private void addSymbols(List<String> symbols) {
    for (String symbol : symbols) {
      if (!symbolSeen) {
        record.symbol(symbol);
        symbolSeen = true;
      }
      record.addSymbol(symbol);
    }
  }

  /**
   * A date line is the session's dates when it follows the session heading and is a range (or the
   * masthead date came already); otherwise the first single date is the masthead date.
   */
  private Runnable dates(DateRange dates) {
    if (sessionSeen && !sessionDatesSeen && (issueDateSeen || !dates.isSingleDay())) {
      return () -> {
        sessionDatesSeen = true;
        record.session(new DocumentRecord.SessionRef(sessionNumber, dates.first(), dates.last()));
      };
    }
    if (!issueDateSeen && dates.isSingleDay()) {
      return () -> {
        issueDateSeen = true;
        record.issueDate(dates.first());
      };
    }
    return null;
  }

  /** Lines that start like a masthead element but cannot be read get a positioned warning. */
  private Runnable malformed(Line line, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String code = null;
    String what = null;
    if (lower.startsWith("distr")) {
      code = "masthead.distribution";
      what = "unreadable distribution: ";
    } else if (lower.startsWith("original")) {
      code = "masthead.original";
      what = "unreadable original language: ";
    } else if (agendaNumbers.isEmpty() && text.length() < 60 && startsLikeAgenda(lower, text)) {
      code = "agenda.item";
      what = "unreadable agenda item: ";
    } else if (title == null && text.length() < 40 && looksLikeDate(text)) {
      code = issueDateSeen && sessionSeen ? "session.dates" : "masthead.date";
      what = "unreadable date: ";
    }
    if (code == null) {
      return null;
    }
    String warningCode = code;
    String message = what + text;
    return () -> record.warn(line.number(), line.column(), warningCode, message);
  }

  private static boolean startsLikeAgenda(String lower, String text) {
    for (String word : AGENDA_WORDS) {
      if (lower.startsWith(word) && containsDigit(text)) {
        return true;
      }
    }
    return false;
  }

  /** A short line ending in a plausible year is a date the conventions could not read. */
  private static boolean looksLikeDate(String text) {
    int end = text.length();
    while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    if (end - start != 4) {
      return false;
    }
    int year = Integer.parseInt(text, start, end, 10);
    return year >= 1945 && year <= 2100 && text.length() - end <= 2;
  }

  private static boolean containsDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void finish(List<Line> lines) {
    if (title == null) {
      Line at = lines.isEmpty() ? new Line(1, 1, "") : lines.getFirst();
      record.warn(at.number(), at.column(), "title.missing", "no document title found");
    }
    for (int k = agendaTitlesRead; k < agendaNumbers.size(); k++) {
      record.addAgendaItem(new DocumentRecord.AgendaRef(agendaNumbers.get(k), null));
    }
  }

  /** The version's own conventions first, then English, which many mastheads keep. */
  private <T> Optional<T> either(Function<LanguageConventions, Optional<T>> parse) {
    Optional<T> value = parse.apply(own);
    return value.isPresent() || own == english ? value : parse.apply(english);
  }
}
