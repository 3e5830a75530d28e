package org.dossier.understand.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.CommunicationTitle;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.Warning;
import org.dossier.model.Language;

/**
 * From the lines of one document to its record and clean text: page furniture out, language
 * guessed, masthead and title read, then the body scanned for footnotes, annexes and citations.
 */
public final class RecordExtractor {
  private static final int LANGUAGE_SAMPLE = 8_000;

  /** How far from the top a version-language line ("Français") is looked for. */
  private static final int MASTHEAD_LINES = 40;

  /** The record and the clean text: title and body paragraphs, without masthead or furniture. */
  public record Extraction(DocumentRecord record, String cleanText) {}

  /** A General Assembly resolution's number: {@code 80/12}, {@code 31/16 A}. */
  private static final Pattern RESOLUTION_NUMBER =
      Pattern.compile("(\\d{2,3})/(\\d{1,4}(?: [A-Z])?)");

  private static final Pattern BARE_JOB_NUMBER = Pattern.compile("\\d{2}-\\d{5}");

  private RecordExtractor() {}

  public static Extraction extract(String source, List<Line> sourceLines, List<Warning> warnings) {
    DocumentRecord.Builder record = DocumentRecord.builder(source);
    for (Warning warning : warnings) {
      record.warn(warning.line(), warning.column(), warning.code(), warning.message());
    }
    PageFurniture.Result furniture = PageFurniture.strip(PrintArtefacts.clean(sourceLines));
    List<Line> lines = furniture.lines();
    record.jobNumber(furniture.jobNumber());

    Language label = versionLabel(lines);
    Language guessed = label != null ? label : LanguageGuesser.guess(sample(lines));
    lines =
        LineEndHyphens.resolve(
            lines, LanguageConventions.of(guessed == null ? Language.EN : guessed));
    MastheadReader masthead = new MastheadReader(guessed == null ? Language.EN : guessed, record);
    masthead.read(lines);
    Language language = masthead.versionLanguage != null ? masthead.versionLanguage : guessed;
    record.language(language);
    if (guessed == null && masthead.versionLanguage == null) {
      record.warn(1, 1, "language.unknown", "too little text to tell the language");
    }
    LanguageConventions conventions =
        LanguageConventions.of(language == null ? Language.EN : language);

    record.title(masthead.title);
    readTitle(conventions, masthead, record);

    List<Block> body = Paragraphs.of(lines.subList(masthead.bodyStart, lines.size()));
    BodyReader.read(body, masthead.adoptedOn, record);

    DocumentRecord built = record.build();
    DocType type =
        masthead.preambleType != null
            ? masthead.preambleType
            : DocTypes.of(built.symbol(), built.title());
    type = type == DocType.OTHER && masthead.typeLine != null ? masthead.typeLine : type;
    record.docType(type);
    if (built.symbol() == null && type == DocType.RESOLUTION) {
      resolutionSymbol(built, masthead, record);
    }
    if (built.jobNumber() == null && built.issueDate() != null) {
      record.jobNumber(bareJobNumber(lines, built.issueDate().getYear()));
    }
    if (built.country() == null) {
      String reviewed = UniversalPeriodicReview.nationalReportState(built.symbol());
      if (reviewed != null) {
        record.country(reviewed);
      }
    }
    if (built.body() == null && built.organ() != null) {
      // A principal organ's own document: the organ is also the body.
      record.body(built.organ());
    }
    if (built.originalLanguage() == null && language != null) {
      // A version without an "Original:" line is the original.
      record.originalLanguage(language);
    }
    return new Extraction(record.build(), cleanText(masthead.title, body));
  }

  /**
   * A General Assembly resolution whose symbol line was lost (text reflowed from the PDF) still
   * prints its number before its title, "80/12. Objective information…", and the number is the
   * symbol's last part (un-conventions §1: {@code A/RES/80/12}); the masthead reader took it off
   * the title. Only when the session heading agrees, so that a cited resolution's number is never
   * taken for the document's.
   */
  private static void resolutionSymbol(
      DocumentRecord built, MastheadReader masthead, DocumentRecord.Builder record) {
    Matcher number =
        RESOLUTION_NUMBER.matcher(
            masthead.resolutionNumber == null ? "" : masthead.resolutionNumber);
    // The Assembly's own resolution: its organ and no subsidiary body named.
    if (!"General Assembly".equals(built.organ())
        || (built.body() != null && !"General Assembly".equals(built.body()))
        || built.session() == null
        || built.session().number() == null
        || !number.matches()
        || Integer.parseInt(number.group(1)) != built.session().number()) {
      return;
    }
    String symbol = "A/RES/" + number.group(1) + "/" + number.group(2);
    record.symbol(symbol);
    record.addSymbol(symbol);
    record.warn(
        masthead.titleLine.number(),
        masthead.titleLine.column(),
        "symbol.inferred",
        "no symbol printed; " + symbol + " from the resolution's number " + number.group());
  }

  /**
   * Old documents print the job number bare, {@code 71-19641}, as the last line of the first page:
   * taken only there and only when its year is the masthead date's, which no other number there
   * would match by chance.
   */
  private static String bareJobNumber(List<Line> lines, int year) {
    String last = null;
    for (Line line : lines) {
      if (line.isPageBreak()) {
        break;
      }
      if (!line.isBlank()) {
        last = line.text().strip();
      }
    }
    return last != null
            && BARE_JOB_NUMBER.matcher(last).matches()
            && Integer.parseInt(last, 0, 2, 10) == year % 100
        ? last
        : null;
  }

  private static void readTitle(
      LanguageConventions conventions, MastheadReader masthead, DocumentRecord.Builder record) {
    String title = masthead.title;
    if (title == null) {
      return;
    }
    Line at = masthead.titleLine;
    CommunicationTitle parts = conventions.parseTitle(title).orElse(null);
    if (parts != null) {
      record.titleDate(parts.date());
      record.sender(parts.sender());
      record.addressee(parts.addressee());
      parts.country().ifPresentOrElse(record::country, () -> countryOf(conventions, parts, record));
      if (parts.country().isEmpty() && record.build().country() == null) {
        record.warn(at.number(), at.column(), "title.country", "sender's State not recognised");
      }
      return;
    }
    List<Match<java.time.LocalDate>> dates = conventions.findDates(title);
    if (!dates.isEmpty()) {
      record.titleDate(dates.getFirst().value());
    }
    if (DocTypes.byTitle(title) == DocType.NOTE_VERBALE
        || DocTypes.byTitle(title) == DocType.LETTER) {
      record.warn(
          at.number(), at.column(), "title.parties", "sender and addressee not found in the title");
    }
  }

  private static void countryOf(
      LanguageConventions conventions, CommunicationTitle parts, DocumentRecord.Builder record) {
    List<Match<String>> countries = conventions.findCountries(parts.sender());
    if (!countries.isEmpty()) {
      record.country(countries.getFirst().value());
    }
  }

  /** The language a masthead names as this version's ("Français", "Russian"), if any. */
  private static Language versionLabel(List<Line> lines) {
    LanguageConventions english = LanguageConventions.of(Language.EN);
    int seen = 0;
    for (Line line : lines) {
      String text = line.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (++seen > MASTHEAD_LINES) {
        break;
      }
      if (text.length() <= 20) {
        Language named = english.parseVersionLanguageLine(text).orElse(null);
        if (named != null) {
          return named;
        }
      }
    }
    return null;
  }

  /**
   * The text the language is guessed from: the document up to its first annex, which may be in
   * another language (reproduced as received).
   */
  private static CharSequence sample(List<Line> lines) {
    StringBuilder sample = new StringBuilder(LANGUAGE_SAMPLE);
    for (Line line : lines) {
      if (sample.length() >= LANGUAGE_SAMPLE
          || (sample.length() > 200 && BodyReader.startsAnnex(line.text().strip()))) {
        break;
      }
      sample.append(line.text()).append('\n');
    }
    return sample;
  }

  private static String cleanText(String title, List<Block> body) {
    int size = title == null ? 1 : title.length() + 3;
    for (Block block : body) {
      size += block.text().length() + 2;
    }
    StringBuilder text = new StringBuilder(size);
    if (title != null) {
      text.append(title).append("\n\n");
    }
    for (Block block : body) {
      text.append(block.text()).append("\n\n");
    }
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
    return text.append('\n').toString();
  }
}
