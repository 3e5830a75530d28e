package org.dossier.lang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dossier.lang.ar.ArabicConventions;
import org.dossier.lang.en.EnglishConventions;
import org.dossier.lang.es.SpanishConventions;
import org.dossier.lang.fr.FrenchConventions;
import org.dossier.lang.ru.RussianConventions;
import org.dossier.lang.zh.ChineseConventions;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.Language;

/**
 * How one official language writes the recurring parts of UN parliamentary documents, in both
 * directions: {@code format…} methods write them (for the generator), {@code parse…} methods read a
 * whole string and {@code find…} methods locate every occurrence in running text (for the parser).
 *
 * <p>Parsing is tolerant: case, runs of spaces (including no-break spaces), en dash / hyphen / em
 * dash, Arabic-Indic and full-width digits, and the typographic variants listed on each method.
 * Instances are immutable, thread-safe and built once; their patterns and dictionaries are
 * precompiled, so {@code find…} methods are cheap enough to call on every line.
 *
 * <p>Arabic, Chinese and Russian mastheads often keep the masthead date, the distribution line and
 * the {@code Original:} line in English: a parser should try {@code of(Language.EN)} as well as the
 * version's own language for those lines. The Arabic, Chinese and Russian distribution and
 * original-language parsers accept the English forms themselves.
 */
public interface LanguageConventions {
  /** Highest session number written in words. */
  int MAX_SESSION = 200;

  /** The conventions of {@code language}. */
  static LanguageConventions of(Language language) {
    if (language == null) {
      throw new IllegalArgumentException("Language is null; expected one of the six official");
    }
    return switch (language) {
      case EN -> EnglishConventions.INSTANCE;
      case FR -> FrenchConventions.INSTANCE;
      case ES -> SpanishConventions.INSTANCE;
      case RU -> RussianConventions.INSTANCE;
      case AR -> ArabicConventions.INSTANCE;
      case ZH -> ChineseConventions.INSTANCE;
    };
  }

  /** The language these conventions describe. */
  Language language();

  // ---- Dates -------------------------------------------------------------------------------

  /** A date in the language's document style: {@code 6 May 2020}, {@code 1er avril 2020}. */
  String formatDate(LocalDate date);

  /**
   * A range of dates, sharing the year (and month) where the language does: {@code 9–27 September
   * 2019}, {@code 24 février-20 mars 2020}, {@code 2016年2月29日至3月24日}. A one-day range is written as
   * a single date.
   */
  String formatDateRange(DateRange range);

  /** The date that is the whole of {@code text} (surrounding spaces ignored), if it is one. */
  Optional<LocalDate> parseDate(CharSequence text);

  /**
   * The range that is the whole of {@code text}, if it is one; a single date gives a one-day range.
   */
  Optional<DateRange> parseDateRange(CharSequence text);

  /**
   * Every date in {@code text}, in order. Each end of a range is reported as its own date, with the
   * offsets of its own words, and with the month and year it shares with the other end. Impossible
   * dates ({@code 31 February}) are skipped.
   */
  List<Match<LocalDate>> findDates(CharSequence text);

  /**
   * Every date expression in {@code text}, in order: ranges, and single dates as one-day ranges.
   */
  List<Match<DateRange>> findDateRanges(CharSequence text);

  // ---- Sessions ----------------------------------------------------------------------------

  /**
   * The session heading of a masthead: {@code Forty-third session}, {@code Quarante-troisième
   * session}, {@code Cuadragésimo tercer período de sesiones}, {@code 第四十三届会议}.
   *
   * @throws IllegalArgumentException if {@code number} is not between 1 and {@link #MAX_SESSION}
   */
  String sessionHeading(int number);

  /** The session number of a heading that is the whole of {@code text}. */
  OptionalInt parseSessionHeading(CharSequence text);

  /**
   * The session as referred to in running text: {@code the forty-third session}, {@code la
   * quarante-troisième session}.
   */
  String sessionReference(int number);

  /**
   * The Security Council's year of activity, as a joint masthead prints it beside the General
   * Assembly's session: {@code Seventy-sixth year}, {@code Soixante-seizième année}, {@code السنة
   * السادسة والسبعون}, {@code 第七十六年}.
   *
   * @throws IllegalArgumentException if {@code number} is not between 1 and {@link #MAX_SESSION}
   */
  String councilYearHeading(int number);

  /** Every reference to a session in running text, in any grammatical form the language uses. */
  List<Match<Integer>> findSessionReferences(CharSequence text);

  // ---- Agenda items ------------------------------------------------------------------------

  /**
   * The agenda heading of a masthead: {@code Agenda items 13 and 115}, {@code Point 12 de l'ordre
   * du jour provisoire}.
   */
  String agendaHeading(AgendaHeading heading);

  /**
   * The agenda heading in the form {@code body} uses, where the language distinguishes bodies:
   * Spanish writes {@code Tema 4 de la agenda} for the Human Rights Council and its subsidiaries
   * and {@code Tema 65 del programa} for the other organs. Other languages ignore {@code body}.
   */
  default String agendaHeading(AgendaHeading heading, Body body) {
    return agendaHeading(heading);
  }

  /**
   * The running-text reference in the form {@code body} uses; see {@link
   * #agendaHeading(AgendaHeading, Body)}.
   */
  default String agendaReference(AgendaHeading heading, Body body) {
    return agendaReference(heading);
  }

  /** The agenda heading that is the whole of {@code text}. */
  Optional<AgendaHeading> parseAgendaHeading(CharSequence text);

  /**
   * How running text refers to the items: {@code under agenda item 4}, {@code au titre du point 4
   * de l'ordre du jour}.
   */
  String agendaReference(AgendaHeading heading);

  /** Every agenda-item reference in running text (headings and references alike). */
  List<Match<AgendaHeading>> findAgendaReferences(CharSequence text);

  // ---- Masthead labels ---------------------------------------------------------------------

  /** The distribution line: {@code Distr.: General}, {@code Distr. générale}. */
  String distributionLine(Distribution distribution);

  /** The distribution of a line in this language's form or the English one. */
  Optional<Distribution> parseDistributionLine(CharSequence text);

  /** The original-language line: {@code Original: English}, {@code Original : anglais}. */
  String originalLanguageLine(Language original);

  /** The original language named by a line in this language's form or the English one. */
  Optional<Language> parseOriginalLanguageLine(CharSequence text);

  /**
   * The name of {@code language} as this language's masthead writes it after {@code Original}:
   * {@code anglais}, {@code inglés}; Arabic, Chinese and Russian mastheads use the English name.
   */
  String languageName(Language language);

  /** The masthead line naming this language version: {@code Français}, {@code Russian}. */
  String versionLanguageLine();

  /**
   * The language named by a version-language line, in English or in any official language's own
   * name for itself ({@code Français}, {@code Русский}, {@code 中文}).
   */
  Optional<Language> parseVersionLanguageLine(CharSequence text);

  // ---- Countries ---------------------------------------------------------------------------

  /**
   * The UN short name of a State (CLDR name unless the UN uses another): {@code Azerbaïdjan},
   * {@code Bolivia (Plurinational State of)}.
   *
   * @throws IllegalArgumentException if {@code alpha3} is not a known ISO 3166-1 alpha-3 code
   */
  String countryName(String alpha3);

  /**
   * The State's name as the complement of "Permanent Mission …": {@code of Azerbaijan}, {@code de
   * l'Azerbaïdjan}, {@code de Azerbaiyán}, {@code Азербайджана} (genitive), {@code أذربيجان}
   * (construct state, no preposition), {@code 阿塞拜疆}.
   */
  String ofCountry(String alpha3);

  /** The alpha-3 code of the State whose name, in any form this language uses, is {@code text}. */
  Optional<String> parseCountry(CharSequence text);

  /**
   * The alpha-3 code of the State named {@code text} in any of the six languages, as a search's
   * {@code country:} accepts it.
   */
  static Optional<String> countryInAnyLanguage(CharSequence text) {
    for (Language candidate : Language.values()) {
      Optional<String> code = of(candidate).parseCountry(text);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /**
   * Every State named in {@code text}, longest names first ({@code Republic of Azerbaijan} is one
   * match). A match covers the article, contracted preposition or case ending that belongs to the
   * name ({@code du Mexique}, {@code Азербайджана}, {@code وأذربيجان}).
   */
  List<Match<String>> findCountries(CharSequence text);

  // ---- Titles of government communications -------------------------------------------------

  /** The title line of a note verbale or letter. */
  String formatTitle(Communication communication);

  /** The parts of a note-verbale or letter title that is the whole of {@code text}. */
  Optional<CommunicationTitle> parseTitle(CharSequence text);

  // ---- Annexes -----------------------------------------------------------------------------

  /**
   * The footnote saying the annex (or annexes) are reproduced as received, in the language of
   * submission only.
   */
  String reproducedAsReceivedNote(boolean plural);

  /**
   * Whether {@code text} is a reproduced-as-received footnote, singular or plural, with or without
   * a footnote mark, quotes or final punctuation.
   */
  boolean isReproducedAsReceivedNote(CharSequence text);

  /** The annex heading: {@code Annex}, {@code Annex II}, {@code 附件二}. */
  String annexHeading(AnnexHeading heading);

  /** The annex heading that is the whole of {@code text}, with a Roman or Arabic number if any. */
  Optional<AnnexHeading> parseAnnexHeading(CharSequence text);

  // ---- Line ends ---------------------------------------------------------------------------

  /**
   * Whether a hyphen printed at the end of a line, between {@code before} (the letters before it)
   * and {@code after} (the word beginning the next line), belongs to a compound the language writes
   * with a hyphen ({@code non-governmental}, {@code социально-экономический}) rather than being the
   * printer's break inside one word ({@code Perma-nent}).
   */
  boolean keepsLineEndHyphen(String before, String after);

  /**
   * Whether a title or heading cannot end where {@code line} ends, because its last word is an
   * article, preposition or conjunction ({@code of the}, {@code de l'}, {@code и}, {@code في}), or
   * in Chinese its last character a particle or conjunction ({@code 的}, {@code 和}): the line was
   * wrapped and the title goes on.
   */
  boolean endsMidPhrase(CharSequence line);
}
