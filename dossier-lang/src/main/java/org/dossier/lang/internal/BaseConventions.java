package org.dossier.lang.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.CommunicationTitle;
import org.dossier.lang.DateRange;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * What every language shares: the whole reading side, driven by the language's {@link Grammar};
 * dates and titles written through the language's {@link DateWriter} and {@link TitleWords}; and
 * the English masthead lines most languages keep. A language class supplies these and writes the
 * rest (sessions, agenda items, country forms, footnotes, annexes) in its own words.
 */
public abstract class BaseConventions implements LanguageConventions {
  private static final Pattern DISTRIBUTION =
      Pattern.compile(
          Texts.OPT_SPACE
              + "distr"
              + Texts.OPT_SPACE
              + "\\.?"
              + Texts.OPT_SPACE
              + ":?"
              + Texts.OPT_SPACE
              + "(?<word>\\p{L}+)"
              + Texts.OPT_SPACE
              + "\\.?"
              + Texts.OPT_SPACE,
          Texts.FLAGS);
  private static final Pattern ORIGINAL =
      Pattern.compile(
          Texts.OPT_SPACE
              + "(?:original|язык оригинала|оригинал|الأصل|اللغة الأصلية|原文)"
              + Texts.OPT_SPACE
              + "[:：]"
              + Texts.OPT_SPACE
              + "(?<name>.+?)\\.?"
              + Texts.OPT_SPACE,
          Texts.FLAGS);
  private static final Pattern DIGITS = Pattern.compile(Texts.DIGIT + "+");

  /** Agendas have at most a few hundred items; longer digit runs are not item numbers. */
  private static final int MAX_ITEM_DIGITS = 4;

  /** Longer words are never articles, prepositions or conjunctions that end a wrapped line. */
  protected static final int LONGEST_FUNCTION_WORD = 6;

  private static final Pattern WORD = Pattern.compile("[^\\s\\u00A0]+");

  /** A footnote mark (also Markdown-escaped, {@code \*}), quotes and the final full stop. */
  private static final Pattern NOTE_DECORATION =
      Pattern.compile(
          "^[\\s\\u00A0*\\\\\\d\\p{Pi}\\p{Pf}\"«»“”„]+|[\\s\\u00A0\\p{Pi}\\p{Pf}\"«»“”.。]+$");

  private static final Map<String, Distribution> ENGLISH_DISTRIBUTION =
      Map.of(
          "general", Distribution.GENERAL,
          "limited", Distribution.LIMITED,
          "restricted", Distribution.RESTRICTED);

  /**
   * Longer than any line naming a language: twice the longest name, room for spaces, accents
   * written as combining marks and Arabic vowel marks, which the name index ignores.
   */
  private static final int LONGEST_LANGUAGE_LINE = 2 * longestLanguageName() + 8;

  private final Grammar grammar;
  private final Pattern agendaHeading;
  private final DateWriter dates;
  private final TitleWords titles;

  protected BaseConventions(Grammar grammar, DateWriter dates, TitleWords titles) {
    this.grammar = grammar;
    this.agendaHeading =
        Pattern.compile(
            Texts.OPT_SPACE + "(?:" + grammar.agenda().pattern() + ")" + Texts.OPT_SPACE,
            grammar.agenda().flags());
    this.dates = dates;
    this.titles = titles;
  }

  @Override
  public final Language language() {
    return grammar.language();
  }

  @Override
  public final String formatDate(LocalDate date) {
    return dates.format(date);
  }

  @Override
  public final String formatDateRange(DateRange range) {
    if (range.isSingleDay()) {
      return formatDate(range.first());
    }
    return dates.formatRange(range.first(), range.last());
  }

  @Override
  public final Optional<LocalDate> parseDate(CharSequence text) {
    return grammar.dates().parseDate(text);
  }

  @Override
  public final Optional<DateRange> parseDateRange(CharSequence text) {
    return grammar.dates().parseRange(text);
  }

  @Override
  public final List<Match<LocalDate>> findDates(CharSequence text) {
    return grammar.dates().findDates(text);
  }

  @Override
  public final List<Match<DateRange>> findDateRanges(CharSequence text) {
    return grammar.dates().findRanges(text);
  }

  @Override
  public final boolean keepsLineEndHyphen(String before, String after) {
    return compounds().keepsHyphen(before, after);
  }

  @Override
  public boolean endsMidPhrase(CharSequence line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int start = end > 0 && isApostrophe(line.charAt(end - 1)) ? end - 1 : end;
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > LONGEST_FUNCTION_WORD) {
      return false;
    }
    String word = line.subSequence(start, end).toString().replace('\u2019', '\'');
    return functionWords().contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * The language's articles, prepositions and conjunctions that stand as words of their own, in
   * lower case, elided ones with their apostrophe ({@code l'}); at most {@link
   * #LONGEST_FUNCTION_WORD} characters.
   */
  protected Set<String> functionWords() {
    return Set.of();
  }

  /** The words the language writes with a hyphen: none unless the language names them. */
  protected CompoundWords compounds() {
    return CompoundWords.NONE;
  }

  /** The ordinal of {@code number} as the language writes it in session headings. */
  protected final String ordinal(int number) {
    return grammar.ordinals().write(number);
  }

  @Override
  public final OptionalInt parseSessionHeading(CharSequence text) {
    Matcher matcher = grammar.sessionHeading().matcher(text);
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    if (matcher.pattern().namedGroups().containsKey("num") && matcher.group("num") != null) {
      return OptionalInt.of(Texts.number(matcher.group("num")));
    }
    return grammar.ordinals().read(matcher.group("ord"));
  }

  @Override
  public final List<Match<Integer>> findSessionReferences(CharSequence text) {
    List<Match<Integer>> found = new ArrayList<>();
    Matcher matcher = grammar.sessionReference().matcher(text);
    while (matcher.find()) {
      readOrdinal(text, matcher).ifPresent(found::add);
    }
    return found;
  }

  /**
   * The longest run of words in the {@code ord} group that is an ordinal: the run that ends at the
   * group's end if the ordinal precedes the keyword, else the one starting at the group's start.
   */
  private Optional<Match<Integer>> readOrdinal(CharSequence text, Matcher matcher) {
    if (matcher.pattern().namedGroups().containsKey("num") && matcher.group("num") != null) {
      return Optional.of(
          new Match<>(Texts.number(matcher.group("num")), matcher.start(), matcher.end()));
    }
    if (matcher.group("ord") == null) {
      return Optional.empty();
    }
    int groupStart = matcher.start("ord");
    int groupEnd = matcher.end("ord");
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(text).region(groupStart, groupEnd);
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
    }
    boolean before = groupEnd < matcher.end();
    for (int size = words.size(); size > 0; size--) {
      int from = before ? words.size() - size : 0;
      int start = words.get(from)[0];
      int end = words.get(from + size - 1)[1];
      OptionalInt number = grammar.ordinals().read(text.subSequence(start, end));
      if (number.isPresent()) {
        return Optional.of(
            before
                ? new Match<>(number.getAsInt(), start, matcher.end())
                : new Match<>(number.getAsInt(), matcher.start(), end));
      }
    }
    return Optional.empty();
  }

  @Override
  public final Optional<AgendaHeading> parseAgendaHeading(CharSequence text) {
    Matcher matcher = agendaHeading.matcher(text);
    return matcher.matches() ? agendaOf(matcher) : Optional.empty();
  }

  @Override
  public final List<Match<AgendaHeading>> findAgendaReferences(CharSequence text) {
    List<Match<AgendaHeading>> found = new ArrayList<>();
    Matcher matcher = grammar.agenda().matcher(text);
    while (matcher.find()) {
      int start = matcher.start();
      int end = matcher.end();
      agendaOf(matcher).ifPresent(heading -> found.add(new Match<>(heading, start, end)));
    }
    return found;
  }

  /** The items the heading names; empty when a number cannot be an item (0, or too many digits). */
  private static Optional<AgendaHeading> agendaOf(Matcher matcher) {
    List<Integer> items = new ArrayList<>();
    String numbers = matcher.group("nums");
    if (numbers == null && matcher.pattern().namedGroups().containsKey("numsOf")) {
      numbers = matcher.group("numsOf");
    }
    Matcher digits = DIGITS.matcher(numbers);
    while (digits.find()) {
      if (digits.end() - digits.start() > MAX_ITEM_DIGITS) {
        return Optional.empty();
      }
      int item = Texts.number(digits.group());
      if (item < 1) {
        return Optional.empty();
      }
      items.add(item);
    }
    return Optional.of(new AgendaHeading(items, matcher.group("prov") != null));
  }

  @Override
  public final Optional<Distribution> parseDistributionLine(CharSequence text) {
    // Cheap test first: parsers try every masthead line in several languages.
    if (!Texts.strip(text).regionMatches(true, 0, "distr", 0, 5)) {
      return Optional.empty();
    }
    Matcher matcher = DISTRIBUTION.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String word = Texts.fold(matcher.group("word"));
    Distribution distribution = ENGLISH_DISTRIBUTION.get(word);
    return Optional.ofNullable(
        distribution != null ? distribution : grammar.distributionWords().get(word));
  }

  /** The English line, "Distr.: General", which the Arabic, Chinese and Russian mastheads keep. */
  @Override
  public String distributionLine(Distribution distribution) {
    return "Distr.: " + distribution.label();
  }

  /**
   * "Original: English": the English line, which the Arabic, Chinese and Russian mastheads keep, is
   * also the Spanish one.
   */
  @Override
  public String originalLanguageLine(Language original) {
    return "Original: " + languageName(original);
  }

  /** English, French and Spanish name languages in their own words; the others in English. */
  @Override
  public final String languageName(Language language) {
    return language.mastheadName(language());
  }

  @Override
  public final Optional<Language> parseOriginalLanguageLine(CharSequence text) {
    // Cheap test first: parsers try every masthead line in several languages.
    String line = text.toString();
    if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
      return Optional.empty();
    }
    Matcher matcher = ORIGINAL.matcher(line);
    return matcher.matches() ? Language.fromName(matcher.group("name")) : Optional.empty();
  }

  @Override
  public final Optional<Language> parseVersionLanguageLine(CharSequence text) {
    // A language's name is one short word: longer lines, or lines of several words, are not worth
    // the name index's folding.
    if (text.length() > LONGEST_LANGUAGE_LINE) {
      return Optional.empty();
    }
    String name = Texts.strip(text);
    return name.indexOf(' ') >= 0 ? Optional.empty() : Language.fromName(name);
  }

  private static int longestLanguageName() {
    int longest = 0;
    for (Language language : Language.values()) {
      for (Language in : Language.values()) {
        longest = Math.max(longest, language.nameIn(in).length());
      }
    }
    return longest;
  }

  @Override
  public String countryName(String alpha3) {
    return CountryNames.name(alpha3, language());
  }

  @Override
  public final Optional<String> parseCountry(CharSequence text) {
    return grammar.countries().lookup(text);
  }

  @Override
  public final List<Match<String>> findCountries(CharSequence text) {
    return grammar.countries().find(text);
  }

  @Override
  public final String formatTitle(Communication communication) {
    return titles.write(
        communication, formatDate(communication.date()), titleCountry(communication.country()));
  }

  /** The sending State as a title names it: its "of" form, unless the language adds to it. */
  protected String titleCountry(String alpha3) {
    return ofCountry(alpha3);
  }

  @Override
  public final Optional<CommunicationTitle> parseTitle(CharSequence text) {
    Matcher matcher = grammar.title().matcher(Texts.strip(text));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    DocType type = grammar.titleTypes().get(Texts.fold(matcher.group("type")));
    Optional<LocalDate> date = parseDate(titleDate(matcher));
    if (type == null || date.isEmpty()) {
      return Optional.empty();
    }
    String sender = Texts.strip(matcher.group("sender"));
    Optional<String> country = findCountries(sender).stream().map(Match::value).findFirst();
    return Optional.of(
        new CommunicationTitle(
            type, date.get(), sender, Texts.strip(matcher.group("addressee")), country));
  }

  /** The title's date: where the language puts it, or first ({@code leadingDate}) if it may. */
  private static String titleDate(Matcher matcher) {
    String date = matcher.group("date");
    if (date == null && matcher.pattern().namedGroups().containsKey("leadingDate")) {
      date = matcher.group("leadingDate");
    }
    return date == null ? "" : date;
  }

  @Override
  public final boolean isReproducedAsReceivedNote(CharSequence text) {
    String bare = NOTE_DECORATION.matcher(beforeNoteMatching(text)).replaceAll("");
    return grammar.reproducedNote().matcher(bare).matches();
  }

  /** What the footnote pattern is matched against: the text, unless a language drops marks. */
  protected CharSequence beforeNoteMatching(CharSequence text) {
    return text;
  }

  @Override
  public final Optional<AnnexHeading> parseAnnexHeading(CharSequence text) {
    Matcher matcher = grammar.annexHeading().matcher(Texts.strip(text));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String number = matcher.group("num");
    if (number == null) {
      return Optional.of(new AnnexHeading(0));
    }
    int value = grammar.annexNumber().applyAsInt(number);
    return value > 0 ? Optional.of(new AnnexHeading(value)) : Optional.empty();
  }
}
