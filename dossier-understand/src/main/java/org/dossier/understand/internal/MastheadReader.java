package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.DateRange;
import org.dossier.lang.HrcAgenda;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.lang.YearHeadings;
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

  /**
   * {@code 46/7.}, {@code 46/7-} (Arabic), {@code 35/3.} (Chinese, unspaced), {@code 31/16 A.} (a
   * resolution in parts), {@code 46/...} (a draft's placeholder), {@code 2504 (2020).} (the
   * Security Council's); the number is group 1.
   */
  private static final Pattern RESOLUTION_NUMBER =
      Pattern.compile(
          "((?:S-)?\\d{1,4}/(?:\\d{1,4}(?: [A-Z](?=\\.))?|\\.{3}|…)"
              + "|\\d{1,4} \\(\\d{4}\\)(?=\\s*[.\\-–]))\\s*[.\\-–]?\\s*");

  private static final Pattern SYMBOL_SEPARATOR =
      Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|\\s*;\\s*|\\s+");

  /** Editorial notes printed at the top of a version, which are neither element nor title. */
  private static final Set<String> EDITORIAL_NOTES =
      Set.of(
          "advance unedited version",
          "version préliminaire non éditée",
          "versión avanzada sin editar",
          "предварительный неотредактированный вариант",
          "نسخة مسبقة غير محررة",
          "预发未经编辑版");

  /** Sessions a garbled heading is compared with: more than any body has held. */
  private static final int MOST_SESSIONS = 120;

  /** Words one of which every session heading holds (stems: Russian cases, Arabic suffixes). */
  private static final String[] SESSION_WORDS = {"session", "sesiones", "сесси", "دور", "届"};

  /**
   * Longer than any agenda heading ({@code Points 123, 124 et 125 de l'ordre du jour provisoire}).
   */
  private static final int LONGEST_AGENDA_HEADING = 80;

  /** A sub-item's letter closing an agenda heading: {@code Agenda item 90 (b)}. */
  private static final Pattern SUB_ITEM = Pattern.compile("\\s*\\(\\p{Ll}\\)$");

  private static final Pattern SUB_ITEM_OPENING = Pattern.compile("\\(\\p{Ll}\\)(?:\\s|$)");

  private static final String[] AGENDA_WORDS = {
    "agenda item", "point", "tema", "пункт", "البند", "议程项目"
  };

  /** Endings of the line naming the one language a statement is issued in. */
  private static final String[] ONLY = {" only", " seulement", " únicamente", " solamente"};

  private final Language guessed;
  private final LanguageConventions own;
  private final LanguageConventions english;
  private final DocumentRecord.Builder record;

  Language versionLanguage;
  String title;
  Line titleLine;

  /**
   * The number printed before a resolution's or draft's title after its preamble line ({@code
   * 80/12}, {@code 46/...}), which is not part of the title: a resolution's is its symbol's.
   */
  String resolutionNumber;

  /** Index of the first line after the masthead and title. */
  int bodyStart;

  /** The kind of document named on a line of its own under the title, if any. */
  DocType typeLine;

  /**
   * The kind of document told by the line above its title (a draft's sponsors, a resolution's
   * adoption line), if any: it is more specific than the symbol ({@code L.} is any draft).
   */
  DocType preambleType;

  /**
   * The bracketed line naming the draft or committee report a resolution was adopted on ({@code [on
   * the report of the Fifth Committee (A/80/401, para. 6)]}), if any: the body cites it.
   */
  String adoptedOn;

  /** The first words of a treaty's name printed over two lines, until its last words are read. */
  private String treatyOpening;

  private final List<Integer> agendaNumbers = new ArrayList<>();
  private int agendaTitlesRead;

  /** The title printed on the agenda heading's line after it, once the heading is recorded. */
  private Line titleAfterHeading;

  /** The line being classified, for the position of warnings about part of it. */
  private Line classifying;

  /** Whether the run of lines being read follows the line before it without a blank line. */
  private boolean unitUnspaced;

  /** Whether the last element was a "Distr." whose kind the next line gives (old mastheads). */
  private boolean distributionNext;

  private boolean sessionSeen;
  private boolean sessionDatesSeen;
  private boolean issueDateSeen;
  private boolean symbolSeen;
  private boolean organSeen;
  private Integer sessionNumber;
  private String bodyName;

  MastheadReader(Language guessed, DocumentRecord.Builder record) {
    this.guessed = guessed;
    this.own = LanguageConventions.of(guessed);
    this.english = LanguageConventions.of(Language.EN);
    this.record = record;
  }

  void read(List<Line> lines) {
    List<Line> unit = new ArrayList<>();
    int unitStart = 0;
    int limit = Math.min(lines.size(), MASTHEAD_LINES);
    for (int i = 0; i < limit; i++) {
      Line line = lines.get(i);
      String text = Texts.collapseSpaces(line.text());
      Runnable element =
          text.isEmpty() || title != null || continuesUnit(unit, text)
              ? null
              : classify(line, text);
      boolean endsUnit =
          text.isEmpty()
              || element != null
              || (!unit.isEmpty()
                  && (endsSentence(unit.getLast().text())
                      || (title == null && DocTypes.opensCommunication(text))));
      if (endsUnit && !unit.isEmpty()) {
        Next next = flush(unit);
        if (next != Next.MASTHEAD) {
          bodyStart = next == Next.BODY_FROM_UNIT ? unitStart : i;
          finish(lines);
          return;
        }
      }
      if (element != null) {
        element.run();
      }
      Line titled = element == null && !text.isEmpty() ? line : titleAfterHeading;
      if (titled != null) {
        if (unit.isEmpty()) {
          unitStart = i;
          unitUnspaced = titled != line || (i > 0 && !lines.get(i - 1).isBlank());
        }
        unit.add(titled);
        titleAfterHeading = null;
      }
    }
    Next next = unit.isEmpty() ? Next.MASTHEAD : flush(unit);
    if (next == Next.BODY_FROM_UNIT) {
      bodyStart = unitStart;
    } else {
      bodyStart = title == null ? 0 : limit;
    }
    finish(lines);
  }

  /**
   * A wrapped title can leave "United Nations" or a body's name alone on its last line: inside a
   * paragraph already begun, such a line continues it.
   */
  private static boolean continuesUnit(List<Line> unit, String text) {
    return !unit.isEmpty()
        && !endsSentence(unit.getLast().text())
        && (Organs.isOrganization(text) || Organs.body(text).isPresent());
  }

  /** Where reading goes after a run of lines. */
  private enum Next {
    /** Still in the masthead. */
    MASTHEAD,
    /** The body begins with the run just read. */
    BODY_FROM_UNIT,
    /** The body begins after the run just read. */
    BODY_AFTER_UNIT
  }

  private static boolean endsSentence(String text) {
    String stripped = text.stripTrailing();
    return !stripped.isEmpty() && ".。".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
  }

  /**
   * Ends a run of unclassified lines: a sponsors line or adoption heading before the title, the
   * next pending agenda title, the title itself, or after the title the line naming the kind of
   * document ("Note by the Secretary-General") or else the first paragraph of the body. A run
   * holding several agenda titles printed without blank lines is read paragraph by paragraph.
   */
  private Next flush(List<Line> unit) {
    String text = Texts.joinLines(unit);
    List<Integer> starts = agendaTitleStarts(unit, text);
    Next next = starts.isEmpty() ? flush(text, unit.getFirst()) : Next.MASTHEAD;
    for (int k = 0; k < starts.size() && next == Next.MASTHEAD; k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : unit.size();
      List<Line> paragraph = unit.subList(starts.get(k), end);
      next = flush(Texts.joinLines(paragraph), paragraph.getFirst());
    }
    unit.clear();
    return next;
  }

  /**
   * Where the pending agenda titles and the title after them begin in a run of lines printed
   * without blank lines between them (the first line included), when neither a standing title nor a
   * communication's title tells; empty otherwise.
   */
  private List<Integer> agendaTitleStarts(List<Line> unit, String text) {
    int pending = agendaNumbers.size() - agendaTitlesRead;
    if (pending == 0
        || preambleType != null
        || title != null
        || unit.size() < 2
        || text.length() > LONGEST_TITLE
        || isCommunicationTitle(text)
        || DocTypes.titlePreamble(text) != null
        || standingAgendaTitleOpening(agendaNumbers.get(agendaTitlesRead), text) != null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(unit.size());
    for (Line line : unit) {
      lines.add(Texts.collapseSpaces(line.text()));
    }
    // Between the pending titles, and at most once more before the document's title. Where
    // blank lines separate the masthead's elements, only a short line shows a title's end.
    List<Integer> breaks =
        ParagraphBreaks.starts(lines, unitUnspaced ? pending - 1 : 0, pending, own::endsMidPhrase);
    if (breaks.isEmpty()) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>(breaks.size() + 1);
    starts.add(0);
    starts.addAll(breaks);
    return starts;
  }

  private Next flush(String text, Line first) {
    if (title != null) {
      DocType named = text.length() <= 200 ? DocTypes.typeLine(text) : null;
      if (named != null) {
        typeLine = named;
        return Next.BODY_AFTER_UNIT;
      }
      if (text.length() <= 80 && namesStateAlone(text)) {
        // The State under review under a universal periodic review report's title; a national
        // report's country is told by its symbol (UniversalPeriodicReview).
        return Next.BODY_AFTER_UNIT;
      }
      return Next.BODY_FROM_UNIT;
    }
    if (text.length() > LONGEST_TITLE) {
      record.warn(first.number(), first.column(), "title.missing", "no title before the text");
      return Next.BODY_FROM_UNIT;
    }
    DocType preamble = DocTypes.titlePreamble(text);
    if (agendaTitlesRead < agendaNumbers.size()
        && preambleType == null
        && !isCommunicationTitle(text)
        && preamble == null) {
      int number = agendaNumbers.get(agendaTitlesRead++);
      String standing = standingAgendaTitleOpening(number, text);
      if (standing == null) {
        record.addAgendaItem(new DocumentRecord.AgendaRef(number, text));
        return Next.MASTHEAD;
      }
      // Lines printed without blank lines between them: what follows the title is the next unit.
      record.addAgendaItem(new DocumentRecord.AgendaRef(number, standing));
      return flush(text.substring(standing.length() + 1), first);
    }
    if (preamble != null) {
      // The agenda items above a preamble have no titles of their own.
      preambleType = preamble;
      if (DocTypes.isCommitteeLine(text.toLowerCase(Locale.ROOT))) {
        adoptedOn = text;
      }
      String sponsors = DocTypes.sponsors(text);
      if (sponsors != null) {
        firstSponsor(sponsors);
      }
    } else {
      String clean = withoutFootnoteMarks(text);
      Matcher number = RESOLUTION_NUMBER.matcher(clean);
      if (preambleType != null && number.lookingAt() && number.end() < clean.length()) {
        resolutionNumber = number.group(1);
        clean = clean.substring(number.end());
      }
      title = clean;
      titleLine = first;
    }
    return Next.MASTHEAD;
  }

  /**
   * Whether a State's name is the whole line under a title, as a universal periodic review's
   * reports print it ({@code National report…} / {@code Mongolia}).
   */
  private boolean namesStateAlone(String text) {
    String name = withoutFootnoteMarks(text);
    for (Match<String> country : own.findCountries(name)) {
      if (country.start() == 0 && country.end() == name.length()) {
        return true;
      }
    }
    return false;
  }

  /** A draft is the first sponsor's: the State named first in its sponsors line. */
  private void firstSponsor(String sponsors) {
    List<Match<String>> countries = own.findCountries(sponsors);
    if (!countries.isEmpty()) {
      Match<String> first = countries.getFirst();
      for (Match<String> country : countries) {
        if (country.start() < first.start()) {
          first = country;
        }
      }
      record.country(first.value());
    }
  }

  /**
   * The Human Rights Council's standing title of agenda item {@code number} (un-conventions §3.1),
   * when {@code text} begins with it and goes on: the next agenda title or the document's title.
   */
  private String standingAgendaTitleOpening(int number, String text) {
    if (!"Human Rights Council".equals(bodyName)) {
      return null;
    }
    String standing = HrcAgenda.title(number, guessed).orElse(null);
    return standing != null
            && text.length() > standing.length() + 1
            && text.startsWith(standing)
            && text.charAt(standing.length()) == ' '
        ? standing
        : null;
  }

  /** A title's footnote marks ("Written statement*") belong to the footnote, not the title. */
  private static String withoutFootnoteMarks(String text) {
    if (text.indexOf('*') < 0 && text.indexOf('†') < 0) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = (c == '*' || c == '†') && i > 0 && !Texts.isSpace(text.charAt(i - 1));
      if (!mark) {
        clean.append(c);
      }
    }
    return Texts.collapseSpaces(clean);
  }

  private static boolean isCommunicationTitle(String text) {
    DocType type = DocTypes.byTitle(text);
    return type == DocType.NOTE_VERBALE
        || type == DocType.LETTER
        || type == DocType.NGO_STATEMENT
        || type == DocType.DRAFT_RESOLUTION;
  }

  /**
   * What the line is as a masthead element, as the action recording it; null when it is none. The
   * action is deferred so that a pending title is closed before the element is recorded.
   */
  private Runnable classify(Line line, String text) {
    // Longer lines are titles, unless a reflowed masthead ran the session heading, the agenda
    // heading and the agenda title together on one line.
    if (text.length() > 120 && !namesSession(text.substring(0, 40))) {
      return null;
    }
    classifying = line;
    Runnable element = element(text);
    if (element == null) {
      element = sideBySide(line, text);
    }
    if (element == null) {
      element = agendaHeadingWithTitle(line, text);
    }
    if (element == null) {
      element = malformed(line, text);
    }
    if (element == null && OcrNoise.isNoise(text)) {
      element =
          () ->
              record.warn(
                  line.number(),
                  line.column(),
                  "masthead.noise",
                  "skipped as scanning noise: " + text);
    }
    return element;
  }

  /**
   * The agenda heading that is the whole of {@code text}, less the footnote mark a provisional
   * agenda's heading carries ({@code Item 3 of the provisional agenda*}, the footnote giving the
   * agenda's symbol).
   */
  private Optional<AgendaHeading> agendaHeading(String text) {
    String heading = text;
    if (text.indexOf('*') >= 0 || text.indexOf('†') >= 0) {
      // The mark sits where the agenda is named: "临时议程*项目75", "provisional agenda*".
      heading = Texts.collapseSpaces(text.replace("*", "").replace("†", ""));
    }
    // A sub-item's letter ("Agenda item 90 (b)") is not part of the item's number.
    Matcher subItem = SUB_ITEM.matcher(heading);
    String item = subItem.find() ? heading.substring(0, subItem.start()) : heading;
    return any(conventions -> conventions.parseAgendaHeading(item));
  }

  /**
   * An agenda heading with the first agenda title after it on the same line ({@code Agenda item 72
   * Promotion and protection of human rights}, {@code 议程项目72促进和保护人权}): the longest opening of the
   * line that is a heading, ending at a space or, in Chinese, after the item number. The rest is
   * kept for {@link #titleAfterHeading}.
   */
  private Runnable agendaHeadingWithTitle(Line line, String text) {
    if (!startsLikeAgenda(text.toLowerCase(Locale.ROOT), text)) {
      return null;
    }
    for (int end = Math.min(text.length() - 1, LONGEST_AGENDA_HEADING); end > 0; end--) {
      char c = text.charAt(end);
      boolean cut =
          c == ' ' || (Character.isIdeographic(c) && Character.isDigit(text.charAt(end - 1)));
      if (!cut) {
        continue;
      }
      String rest = text.substring(c == ' ' ? end + 1 : end);
      if (Character.isLowerCase(rest.codePointAt(0))
          || Character.isDigit(rest.codePointAt(0))
          || SUB_ITEM_OPENING.matcher(rest).lookingAt()) {
        continue; // the heading goes on: "Agenda items 4 and 5", "de l'ordre du jour", "90 (b)"
      }
      Optional<AgendaHeading> heading = agendaHeading(text.substring(0, end));
      if (heading.isPresent()) {
        int at = Math.max(0, line.text().indexOf(rest));
        return () -> {
          agendaNumbers.addAll(heading.get().items());
          titleAfterHeading = new Line(line.number(), line.column() + at, rest);
        };
      }
    }
    return null;
  }

  /** The masthead element that is the whole of {@code text}, as its recording action, or null. */
  private Runnable element(String text) {
    if (Organs.isOrganization(text)
        || (text.length() <= 45 && EDITORIAL_NOTES.contains(text.toLowerCase(Locale.ROOT)))) {
      return () -> {};
    }
    if (namesTreaty(text)) {
      return () -> treatyOpening = Organs.opensTreaty(text) ? text : null;
    }
    Optional<Body> body = Organs.body(text);
    if (body.isPresent()) {
      return () -> readBody(body.get());
    }
    List<String> symbols = symbols(text);
    if (symbols != null) {
      return () -> {
        withoutAgendaTitles();
        addSymbols(symbols);
      };
    }
    if (text.equalsIgnoreCase("distr.")) {
      return () -> distributionNext = true;
    }
    String distributionLine = distributionNext ? "Distr. " + text : text;
    Optional<Distribution> distribution = either(c -> c.parseDistributionLine(distributionLine));
    if (distribution.isPresent()) {
      return () -> {
        withoutAgendaTitles();
        record.distribution(distribution.get());
        distributionNext = false;
      };
    }
    Optional<Language> original = either(c -> c.parseOriginalLanguageLine(text));
    if (original.isPresent()) {
      return () -> {
        withoutAgendaTitles();
        record.originalLanguage(original.get());
      };
    }
    Optional<Language> version = own.parseVersionLanguageLine(text);
    if (version.isPresent()) {
      return () -> versionLanguage = version.get();
    }
    Optional<Language> only = onlyLanguage(text);
    if (only.isPresent()) {
      return () -> {
        versionLanguage = only.get();
        record.originalLanguage(only.get());
      };
    }
    OptionalInt session = namesSession(text) ? session(text) : OptionalInt.empty();
    if (session.isPresent()) {
      int number = session.getAsInt();
      return () -> {
        sessionSeen = true;
        sessionNumber = number;
        record.session(new DocumentRecord.SessionRef(number, null, null));
      };
    }
    // Agenda items and dates are numbered in digits in every language (un-conventions §2, §3).
    if (!containsDigit(text)) {
      // A joint masthead's Security Council year: the record keeps the General Assembly's session.
      return YearHeadings.isCouncilYear(text) ? () -> {} : null;
    }
    Optional<AgendaHeading> agenda = agendaHeading(text);
    if (agenda.isPresent()) {
      return () -> agendaNumbers.addAll(agenda.get().items());
    }
    Optional<DateRange> range = either(c -> c.parseDateRange(text));
    if (range.isPresent()) {
      return dates(range.get());
    }
    String repaired = OcrNoise.repairedDay(text);
    Optional<DateRange> scanned =
        repaired == null ? Optional.empty() : either(c -> c.parseDateRange(repaired));
    Runnable date = scanned.isPresent() ? dates(scanned.get()) : null;
    Line at = classifying;
    return date == null
        ? null
        : () -> {
          date.run();
          record.warn(
              at.number(),
              at.column(),
              "masthead.date",
              "date read through scanning noise: '" + text + "' as '" + repaired + "'");
        };
  }

  /**
   * The language of a document issued in one language only, as a statement is ({@code English
   * only}, {@code Français seulement}, {@code Español únicamente}): the version's and the original.
   */
  private Optional<Language> onlyLanguage(String text) {
    char last = text.charAt(text.length() - 1);
    if (text.length() > 30 || (last != 'y' && last != 't' && last != 'e')) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String only : ONLY) {
      if (lower.endsWith(only)) {
        String name = text.substring(0, text.length() - only.length()).strip();
        return either(c -> c.parseVersionLanguageLine(name));
      }
    }
    return Optional.empty();
  }

  /**
   * Two masthead elements printed on one line, as text extracted from the two columns of a PDF
   * masthead gives them: {@code United Nations A/HRC/43/G/17}, {@code General Assembly Distr.:
   * General}, {@code General Assembly Security Council}, {@code Seventy-fourth session
   * Seventy-fifth year}, or in right-to-left order. The line is split after a name of the
   * Organization or of a body, or next to a symbol, a distribution line or a Security Council year;
   * the right part may hold more.
   */
  private Runnable sideBySide(Line line, String text) {
    for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
      String left = text.substring(0, space);
      String right = text.substring(space + 1);
      boolean named =
          Organs.isOrganization(left) || Organs.body(left).isPresent() || namesTreaty(left);
      if (!named && !startsElement(right) && !startsElement(left)) {
        continue;
      }
      Runnable first = element(left);
      if (first == null && namesSession(left) && agendaHeading(right).isPresent()) {
        first = sessionThroughNoise(line, left);
      }
      Runnable second = first == null ? null : element(right);
      if (second == null && first != null) {
        Line rightLine = new Line(line.number(), line.column() + space + 1, right);
        second = sideBySide(rightLine, right);
        if (second == null) {
          second = agendaHeadingWithTitle(rightLine, right);
        }
      }
      if (second != null) {
        Runnable before = first;
        Runnable then = second;
        return () -> {
          before.run();
          then.run();
        };
      }
    }
    return null;
  }

  /**
   * Whether {@code text} is a treaty's name, its first words or the last words of the one whose
   * first words were read last.
   */
  private boolean namesTreaty(String text) {
    return Organs.isTreaty(text)
        || Organs.opensTreaty(text)
        || (treatyOpening != null && Organs.isTreaty(treatyOpening + " " + text));
  }

  /** Whether {@code text} begins like a symbol or a distribution line, or is a Council year. */
  private static boolean startsElement(String text) {
    char c = text.charAt(0);
    if (c >= 'A' && c <= 'Z') {
      int slash = text.indexOf('/');
      int space = text.indexOf(' ');
      if (slash > 0 && (space < 0 || slash < space)) {
        return true;
      }
    }
    return text.regionMatches(true, 0, "distr", 0, 5)
        || YearHeadings.isCouncilYear(text)
        || opensAgendaHeading(text);
  }

  /**
   * A cheap necessary condition for a session heading in any language: the word for session
   * ("session", "período de sesiones", "сессия", "الدورة", "第…届会议"). Trying the six languages'
   * heading patterns on every masthead line was a large share of reading a short document.
   */
  static boolean namesSession(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : SESSION_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An old masthead's session heading the scanner garbled ("rrwenty-sixth session"): the one
   * session whose heading it is within two edits of, else a warning.
   */
  private Runnable sessionThroughNoise(Line line, String text) {
    int found = 0;
    for (int number = 1; number <= MOST_SESSIONS; number++) {
      if (OcrNoise.withinTwoEdits(text, own.sessionHeading(number))) {
        if (found != 0) {
          found = -1;
          break;
        }
        found = number;
      }
    }
    if (found <= 0) {
      return () ->
          record.warn(
              line.number(),
              line.column(),
              "masthead.session",
              "unreadable session heading: " + text);
    }
    int number = found;
    return () -> {
      sessionSeen = true;
      sessionNumber = number;
      record.session(new DocumentRecord.SessionRef(number, null, null));
      record.warn(
          line.number(),
          line.column(),
          "masthead.session",
          "session heading read through scanning noise: '"
              + text
              + "' as '"
              + own.sessionHeading(number)
              + "'");
    };
  }

  private OptionalInt session(String text) {
    OptionalInt session = own.parseSessionHeading(text);
    for (int k = 0; session.isEmpty() && k < Conventions.ALL.size(); k++) {
      session = Conventions.ALL.get(k).parseSessionHeading(text);
    }
    return session.isPresent() ? session : YearHeadings.yearSession(text);
  }

  /**
   * An agenda title is printed right under its heading: a symbol, distribution or original-language
   * line coming first (the 1970s masthead's "Agenda item 93" then "Distr. LIMITED") means the
   * headings printed none, and the next run of lines is the document's title.
   */
  private void withoutAgendaTitles() {
    while (agendaTitlesRead < agendaNumbers.size()) {
      record.addAgendaItem(
          new DocumentRecord.AgendaRef(agendaNumbers.get(agendaTitlesRead++), null));
    }
  }

  /**
   * A principal organ is the record's organ; any other body is its body, and gives the organ too
   * when the masthead does not print it.
   */
  private void readBody(Body named) {
    if (named.kind() == Body.Kind.PRINCIPAL_ORGAN) {
      // A joint masthead names two organs; the first is the document's.
      if (!organSeen) {
        record.organ(named.canonicalName());
        organSeen = true;
      }
      return;
    }
    bodyName = named.canonicalName();
    record.body(bodyName);
    if (!organSeen) {
      named.principalOrgan().ifPresent(organ -> record.organ(organ.canonicalName()));
    }
  }

  /**
   * The symbols that make up the whole line, or null. Symbols are separated by spaces or dashes; a
   * parenthesised year or session belongs to the symbol before it ({@code S/RES/822 (1993)}).
   */
  private static List<String> symbols(String text) {
    if (text.indexOf('/') < 0) {
      return null;
    }
    String[] tokens = SYMBOL_SEPARATOR.split(text);
    List<String> symbols = new ArrayList<>(tokens.length);
    for (int k = 0; k < tokens.length; k++) {
      String token = tokens[k];
      if (k + 1 < tokens.length && tokens[k + 1].startsWith("(")) {
        token = token + " " + tokens[++k];
      }
      String symbol = Symbols.normalised(token);
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
    } else if (title == null
        && text.length() < 40
        && !Character.isLowerCase(text.codePointAt(0))
        && looksLikeDate(text)) {
      // "on 19 September 2025" goes on the line before it (a resolution's adoption line).
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

  /** {@link #startsLikeAgenda} without lower-casing the line: tried at every space of a line. */
  private static boolean opensAgendaHeading(String text) {
    for (String word : AGENDA_WORDS) {
      if (text.regionMatches(true, 0, word, 0, word.length())) {
        return containsDigit(text);
      }
    }
    return false;
  }

  private static boolean startsLikeAgenda(String lower, String text) {
    for (String word : AGENDA_WORDS) {
      if (lower.startsWith(word) && containsDigit(text)) {
        return true;
      }
    }
    return false;
  }

  /** A short line of a few words ending in a plausible year: a date the conventions missed. */
  private static boolean looksLikeDate(String text) {
    if (text.split(" ", 6).length > 5) {
      return false;
    }
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
    return year >= 1945 && year <= 2100 && text.length() - end <= 1 && !text.endsWith(",");
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

  /**
   * The version's own conventions first, then every other language's: a masthead heading in an
   * unexpected language (a wrong guess on a short text) is still read.
   */
  private <T> Optional<T> any(Function<LanguageConventions, Optional<T>> parse) {
    Optional<T> value = parse.apply(own);
    for (int k = 0; value.isEmpty() && k < Conventions.ALL.size(); k++) {
      value = parse.apply(Conventions.ALL.get(k));
    }
    return value;
  }

  /** The version's own conventions first, then English, which many mastheads keep. */
  private <T> Optional<T> either(Function<LanguageConventions, Optional<T>> parse) {
    Optional<T> value = parse.apply(own);
    return value.isPresent() || own == english ? value : parse.apply(english);
  }
}
