package org.dossier.lang.en;

import static org.dossier.lang.internal.Texts.FLAGS;
import static org.dossier.lang.internal.Texts.ITEM;
import static org.dossier.lang.internal.Texts.OPT_SPACE;
import static org.dossier.lang.internal.Texts.SPACE;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.DutyStation;
import org.dossier.lang.internal.BaseConventions;
import org.dossier.lang.internal.CompoundWords;
import org.dossier.lang.internal.CountryNames;
import org.dossier.lang.internal.DateSyntax;
import org.dossier.lang.internal.Grammar;
import org.dossier.lang.internal.MonthNames;
import org.dossier.lang.internal.NameDictionary;
import org.dossier.lang.internal.OrdinalWords;
import org.dossier.lang.internal.Texts;
import org.dossier.lang.internal.TitleWords;
import org.dossier.lang.internal.WrittenDates;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * English conventions of UN documents: {@code 6 May 2020}, {@code 24 February–20 March 2020},
 * {@code Forty-third session}, {@code Agenda items 13 and 115}, {@code Distr.: General}, {@code
 * Note verbale dated … from … addressed to …}.
 */
public final class EnglishConventions extends BaseConventions {
  static final MonthNames MONTHS =
      new MonthNames(
          List.of(
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December"));

  /** "6 May 2020", "24 February–20 March 2020". */
  private static final WrittenDates WRITTEN_DATES =
      new WrittenDates(MONTHS, "{d} {m} {y}", "1", "–", "–", "–");

  /** States whose UN short name takes "the" in running text: "of the Niger". */
  private static final Set<String> TAKES_THE =
      Set.of(
          "ARE", "BHS", "CAF", "COD", "COG", "COM", "DOM", "GBR", "GMB", "KOR", "LAO", "MDA", "MHL",
          "NER", "NLD", "PHL", "PRK", "PSE", "RUS", "SDN", "SLB", "SYR", "TZA", "USA", "VAT");

  private static final Pattern INVERTED = Pattern.compile("(.+) \\((.+) of(?: the)?\\)");

  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "Note verbale dated {date} from the Permanent Mission {country} {station} addressed to {addressee}",
          "Letter dated {date} from the Permanent Representative {country} {station} addressed to {addressee}",
          "Identical letters dated {date} from the Permanent Representative {country} {station} addressed to {addressee}",
          Map.of(
              DutyStation.GENEVA,
              "to the United Nations Office at Geneva",
              DutyStation.NEW_YORK,
              "to the United Nations"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "the Office of the United Nations High Commissioner for Human Rights",
              Addressee.SECRETARY_GENERAL,
              "the Secretary-General",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "the President of the Human Rights Council",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "the Secretary-General and the President of the Security Council"));

  /**
   * The single instance (declared after the tables it needs); prefer {@code
   * LanguageConventions.of(Language.EN)}.
   */
  public static final EnglishConventions INSTANCE = new EnglishConventions();

  /**
   * Compounds UN English writes with a hyphen ({@code non-governmental}, {@code follow-up}). First
   * parts that also begin frequent solid words are left out or limited to their compounds: {@code
   * inter} (international), {@code co} (cooperation), {@code pre} (prevention), {@code ex}
   * (experts), {@code follow} (following), {@code counter} (counterparts).
   */
  private static final CompoundWords COMPOUNDS =
      new CompoundWords(
          Set.of("non", "self", "anti", "socio", "vice", "well"),
          List.of(
              "follow-ups?",
              "(capacity|institution|peace|confidence)-building",
              "(decision|policy|law|peace)-making",
              "cross-(border|cutting|sectoral|regional|boundary)",
              "counter-terror\\p{L}*",
              "post-(conflict|crisis|war|disaster|election|electoral|colonial)",
              "(long|medium|short|mid)-term",
              "(high|low|middle)-(level|income|risk)",
              "co-(sponsor|chair|facilitator|author|host|lead)\\p{L}*"));

  private EnglishConventions() {
    super(grammar(), WRITTEN_DATES, TITLE_WORDS);
  }

  private static Grammar grammar() {
    String day = DateSyntax.day("(?:st|nd|rd|th)?");
    String month = DateSyntax.month(MONTHS.regex());
    DateSyntax dates =
        DateSyntax.dayMonthYear(
            day,
            month,
            DateSyntax.YEAR,
            SPACE,
            ",?" + SPACE,
            ",?" + SPACE,
            DateSyntax.dashOr("to"),
            MONTHS);
    String numbers =
        ITEM
            + "(?:(?:"
            + OPT_SPACE
            + ",)?"
            + SPACE
            + "(?:and|&)"
            + SPACE
            + ITEM
            + "|"
            + OPT_SPACE
            + ","
            + OPT_SPACE
            + ITEM
            + ")*";
    String agenda =
        "(?<![\\p{L}])(?:agenda"
            + SPACE
            + "items?"
            + SPACE
            + "(?<nums>"
            + numbers
            + ")|items?"
            + SPACE
            + "(?<numsOf>"
            + numbers
            + ")"
            + SPACE
            + "of"
            + SPACE
            + "the"
            + SPACE
            + "(?<prov>provisional"
            + SPACE
            + ")?agenda)(?![\\p{L}\\p{N}])";
    Map<String, DocType> types =
        Map.of(
            "note verbale", DocType.NOTE_VERBALE,
            "notes verbales", DocType.NOTE_VERBALE,
            "letter", DocType.LETTER,
            "letters", DocType.LETTER);
    return new Grammar(
        Language.EN,
        dates,
        ordinals(),
        Grammar.ordinalThen("session"),
        Grammar.ordinalWordsThen(4, "session"),
        Pattern.compile(agenda, FLAGS),
        Map.of(),
        countries(),
        Pattern.compile(
            "(?:identical\\s+)?(?<type>notes?\\s+verbales?|letters?)\\s+dated\\s+(?<date>.+?)\\s+from\\s+(?<sender>.+?)"
                + "\\s+addressed\\s+to\\s+(?<addressee>.+?)\\.?",
            FLAGS | Pattern.DOTALL),
        types,
        Pattern.compile(
            "(?:(?:the\\s+)?annex(?:es)?(?:\\s+to\\s+the\\s+present\\s+[\\p{L}\\s]+?)?\\s+(?:is|are)\\s+)?"
                + "(?:reproduced|circulated)(?:\\s+in\\s+the\\s+annex(?:es)?)?(?:\\s+as\\s+received)?,?"
                + "\\s+in\\s+the\\s+languages?\\s+of\\s+submission(?:\\s+only)?",
            FLAGS),
        Pattern.compile("annex(?:\\s+(?<num>[ivxlc]+|\\d+))?", FLAGS),
        Texts::romanOrDecimal);
  }

  /** ICU's English ordinals are the UN's; only "one hundred and first" is read as well. */
  private static OrdinalWords ordinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> spellout.format(n, "%spellout-ordinal"))
        .acceptAll(n -> spellout.format(n, "%spellout-ordinal-verbose"));
  }

  private static NameDictionary countries() {
    NameDictionary dictionary = CountryNames.dictionary(Language.EN, true, name -> List.of());
    dictionary.prefix("the ", "");
    for (String head :
        List.of(
            "Republic of ",
            "Republic of the ",
            "Kingdom of ",
            "Kingdom of the ",
            "State of ",
            "Federal Republic of ",
            "Islamic Republic of ",
            "People's Republic of ",
            "Democratic Republic of ",
            "Sultanate of ",
            "Principality of ",
            "Commonwealth of ")) {
      dictionary.prefix(head, "");
    }
    return dictionary;
  }

  @Override
  public String sessionHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " session";
  }

  @Override
  public String councilYearHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " year";
  }

  @Override
  public String sessionReference(int number) {
    return "the " + ordinal(number) + " session";
  }

  @Override
  public String agendaHeading(AgendaHeading heading) {
    String numbers = list(heading.items());
    if (heading.provisional()) {
      return plural("Item", heading) + " " + numbers + " of the provisional agenda";
    }
    return "Agenda " + plural("item", heading) + " " + numbers;
  }

  @Override
  public String agendaReference(AgendaHeading heading) {
    String numbers = list(heading.items());
    if (heading.provisional()) {
      return "under " + plural("item", heading) + " " + numbers + " of the provisional agenda";
    }
    return "under agenda " + plural("item", heading) + " " + numbers;
  }

  private static String plural(String word, AgendaHeading heading) {
    return heading.items().size() > 1 ? word + "s" : word;
  }

  /** "4", "13 and 115", "3, 4 and 5". */
  private static String list(List<Integer> items) {
    return Texts.list(items, ", ", " and ");
  }

  @Override
  public String versionLanguageLine() {
    return "English";
  }

  /**
   * "of Azerbaijan", "of the Niger"; a name with its kind in parentheses is turned round: "of the
   * Plurinational State of Bolivia".
   */
  @Override
  public String ofCountry(String alpha3) {
    String name = countryName(alpha3);
    var inverted = INVERTED.matcher(name);
    if (inverted.matches()) {
      String of = inverted.group(2).equals("Kingdom") ? " of the " : " of ";
      return "of the " + inverted.group(2) + of + inverted.group(1);
    }
    return TAKES_THE.contains(alpha3) ? "of the " + name : "of " + name;
  }

  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return plural
        ? "The annexes are reproduced as received, in the language of submission only."
        : "The annex is reproduced as received, in the language of submission only.";
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "Annex " + Texts.roman(heading.number()) : "Annex";
  }

  @Override
  protected CompoundWords compounds() {
    return COMPOUNDS;
  }

  /** Words that never end a title: a line ending in one was wrapped. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "from",
          "into", "its", "their");

  @Override
  protected Set<String> functionWords() {
    return FUNCTION_WORDS;
  }
}
