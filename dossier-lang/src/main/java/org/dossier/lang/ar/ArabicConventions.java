package org.dossier.lang.ar;

import static org.dossier.lang.internal.Texts.AGENDA_ITEM;
import static org.dossier.lang.internal.Texts.FLAGS;
import static org.dossier.lang.internal.Texts.OPT_SPACE;
import static org.dossier.lang.internal.Texts.SPACE;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.DutyStation;
import org.dossier.lang.internal.BaseConventions;
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
 * Arabic conventions of UN documents: dates with the UN's paired month names ({@code 16
 * حزيران/يونيه 2011}), {@code الدورة الثالثة والأربعون}, agenda headings in the singular, dual and
 * plural ({@code البند} / {@code البندان} / {@code البنود}), State names with attached particles
 * ({@code و}, {@code ب}, {@code ل}, {@code لل}). Arabic mastheads keep the distribution and {@code
 * Original:} lines, and often the masthead date, in English.
 */
public final class ArabicConventions extends BaseConventions {
  /** The UN pairs: Levantine (Syriac) name / name borrowed from the Latin one. */
  private static final String[][] MONTH_PAIRS = {
    {"كانون الثاني", "يناير"},
    {"شباط", "فبراير"},
    {"آذار", "مارس"},
    {"نيسان", "أبريل"},
    {"أيار", "مايو"},
    {"حزيران", "يونيه"},
    {"تموز", "يوليه"},
    {"آب", "أغسطس"},
    {"أيلول", "سبتمبر"},
    {"تشرين الأول", "أكتوبر"},
    {"تشرين الثاني", "نوفمبر"},
    {"كانون الأول", "ديسمبر"}
  };

  static final MonthNames MONTHS = months();

  /** "9-27 أيلول/سبتمبر 2019", "24 شباط/فبراير - 20 آذار/مارس 2020". */
  private static final WrittenDates WRITTEN_DATES =
      new WrittenDates(MONTHS, "{d} {m} {y}", "1", " - ", " - ", "-");

  private static final Pattern INVERTED = Pattern.compile("(.+) \\((.+?) ?- ?(.*)\\)");
  private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
  private static final OrdinalWords MASCULINE_ORDINALS = masculineOrdinals();

  /** Like French, the addressee comes before the sender: "موجهة إلى … من …". */
  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "مذكرة شفوية مؤرخة {date} موجهة إلى {addressee} من البعثة الدائمة {country} {station}",
          "رسالة مؤرخة {date} موجهة إلى {addressee} من الممثل الدائم {country} {station}",
          "رسالتان متطابقتان مؤرختان {date} موجهتان إلى {addressee} من الممثل الدائم {country} {station}",
          Map.of(
              DutyStation.GENEVA,
              "لدى مكتب الأمم المتحدة في جنيف",
              DutyStation.NEW_YORK,
              "لدى الأمم المتحدة"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "مفوضية الأمم المتحدة السامية لحقوق الإنسان",
              Addressee.SECRETARY_GENERAL,
              "الأمين العام",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "رئيس مجلس حقوق الإنسان",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "الأمين العام ورئيس مجلس الأمن"));

  /** The single instance (declared after the tables it needs). */
  public static final ArabicConventions INSTANCE = new ArabicConventions();

  private ArabicConventions() {
    super(grammar(), WRITTEN_DATES, TITLE_WORDS);
  }

  private static MonthNames months() {
    String[] written = new String[12];
    for (int i = 0; i < 12; i++) {
      written[i] = MONTH_PAIRS[i][0] + "/" + MONTH_PAIRS[i][1];
    }
    MonthNames months = new MonthNames(List.of(written));
    for (int i = 0; i < 12; i++) {
      months.accept(MONTH_PAIRS[i][0], i + 1).accept(MONTH_PAIRS[i][1], i + 1);
    }
    // Spellings other than the UN's, met in submitted texts.
    return months.accept("يونيو", 6).accept("يوليو", 7).accept("إبريل", 4);
  }

  private static Grammar grammar() {
    String day = DateSyntax.day("");
    // Either name of the pair, or both separated by a slash.
    String name = MONTHS.regex();
    String month = DateSyntax.month(name + "(?:" + OPT_SPACE + "/" + OPT_SPACE + name + ")?");
    DateSyntax dates =
        DateSyntax.dayMonthYear(
            day,
            month,
            DateSyntax.YEAR,
            DateSyntax.dashOr("(?:إلى|الى|حتى)"),
            ArabicConventions::monthOfPair);
    String numbers =
        AGENDA_ITEM
            + "(?:(?:"
            + OPT_SPACE
            + "[،,]"
            + OPT_SPACE
            + "|"
            + OPT_SPACE
            + "و"
            + OPT_SPACE
            + ")"
            + AGENDA_ITEM
            + ")*";
    String agenda =
        "(?<![\\p{L}])\\p{L}{0,3}(?:بنود|بند(?:ان|ين)?)"
            + SPACE
            + "(?<nums>"
            + numbers
            + ")"
            + SPACE
            + "من"
            + SPACE
            + "جدول"
            + SPACE
            + "ال[أا]عمال(?<prov>"
            + SPACE
            + "المؤقت)?(?![\\p{L}])";
    return new Grammar(
        Language.AR,
        dates,
        ordinals(),
        Pattern.compile(OPT_SPACE + "الدورة" + SPACE + "(?<ord>[\\p{L}\\s]+?)" + OPT_SPACE, FLAGS),
        Pattern.compile(
            "(?<![\\p{L}])\\p{L}{0,3}دورة" + SPACE + "(?<ord>\\p{L}+(?:" + SPACE + "\\p{L}+){0,3})",
            FLAGS),
        Pattern.compile(agenda, FLAGS),
        Map.of(),
        countries(),
        Pattern.compile(
            "(?<type>مذكرة\\s+شفوية|رسالتان|رسالة)(?:\\s+متطابقتان)?\\s+مؤرخ(?:ة|تان)\\s+(?<date>.+?)\\s+موجه(?:ة|تان)\\s+(?<addressee>إلى\\s+.+?)"
                + "\\s+من\\s+(?<sender>(?:البعثة|الممثل|الممثلة|القائم|بعثة).+?)\\.?",
            FLAGS | Pattern.DOTALL),
        Map.of(
            "مذكرة شفوية", DocType.NOTE_VERBALE,
            "رسالة", DocType.LETTER,
            "رسالتان", DocType.LETTER),
        Pattern.compile(
            "(?:[يت]عمم(?:\\s+(?:المرفقات|المرفقان|المرفق))?(?:\\s+كما\\s+وردت?)?[،,]?\\s+)?"
                + "باللغة\\s+التي\\s+قدمت?\\s+بها\\s+فقط",
            FLAGS),
        Pattern.compile("المرفق(?:\\s+(?<num>.+))?", FLAGS),
        ArabicConventions::annexNumber);
  }

  private static int monthOfPair(String text) {
    String[] names = text.split("/");
    int month = MONTHS.applyAsInt(names[0]);
    return month == 0 && names.length > 1 ? MONTHS.applyAsInt(names[1]) : month;
  }

  /**
   * ICU's feminine ordinals with the article ("الدورة" is feminine), spaces normalised. Running
   * text puts the tens in the genitive: "الدورة الثالثة والأربعين" (read as well).
   */
  private static OrdinalWords ordinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> icuOrdinal(spellout, n, "%spellout-ordinal-feminine"))
        .acceptAll(n -> genitive(icuOrdinal(spellout, n, "%spellout-ordinal-feminine")));
  }

  private static OrdinalWords masculineOrdinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> icuOrdinal(spellout, n, "%spellout-ordinal-masculine"));
  }

  private static String icuOrdinal(RuleBasedNumberFormat spellout, int number, String ruleSet) {
    return spellout.format(number, ruleSet).replaceAll("\\s+", " ").strip();
  }

  /** The sound masculine plural tens in the genitive/accusative: -ون becomes -ين. */
  static String genitive(String ordinal) {
    return ordinal.replaceAll("ون(?=\\s|$)", "ين");
  }

  private static int annexNumber(String written) {
    int number = Texts.romanOrDecimal(written);
    if (number > 0) {
      return number;
    }
    OptionalInt ordinal = MASCULINE_ORDINALS.read(written);
    return ordinal.orElse(0);
  }

  private static NameDictionary countries() {
    NameDictionary dictionary =
        CountryNames.dictionary(Language.AR, true, name -> List.of(turnRound(name)));
    // Attached particles: و (and), ف (so), ب (by, in), ل (for, of), ك (as); ل + ال merge into لل.
    for (String particle : List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لـ", "ولـ")) {
      dictionary.prefix(particle, "");
    }
    for (String particle : List.of("لل", "ولل", "فلل")) {
      dictionary.prefix(particle, "ال");
    }
    for (String head : List.of("جمهورية ", "مملكة ", "دولة ", "سلطنة ", "إمارة ")) {
      dictionary.prefix(head, "");
    }
    return dictionary;
  }

  /**
   * The running-text form of a UN name with its kind in parentheses, the dash marking where the
   * name goes: "بوليفيا (دولة - المتعددة القوميات)" becomes "دولة بوليفيا المتعددة القوميات".
   */
  static String turnRound(String name) {
    Matcher inverted = INVERTED.matcher(name);
    if (!inverted.matches()) {
      return name;
    }
    String after = inverted.group(3).isBlank() ? "" : " " + inverted.group(3).strip();
    return inverted.group(2).strip() + " " + inverted.group(1) + after;
  }

  @Override
  public String sessionHeading(int number) {
    return "الدورة " + ordinal(number);
  }

  @Override
  public String councilYearHeading(int number) {
    return "السنة " + ordinal(number);
  }

  /** The genitive, as after "وثائق": "الدورة الثالثة والأربعين". */
  @Override
  public String sessionReference(int number) {
    return "الدورة " + genitive(ordinal(number));
  }

  /** Singular "البند", dual "البندان", plural "البنود". */
  @Override
  public String agendaHeading(AgendaHeading heading) {
    return items(heading, "البندان");
  }

  /** "في إطار البند 4 من جدول الأعمال"; the dual is genitive after the preposition: "البندين". */
  @Override
  public String agendaReference(AgendaHeading heading) {
    return "في إطار " + items(heading, "البندين");
  }

  /** The items after the noun in the singular, {@code dual} or the plural. */
  private static String items(AgendaHeading heading, String dual) {
    String noun =
        switch (heading.items().size()) {
          case 1 -> "البند";
          case 2 -> dual;
          default -> "البنود";
        };
    return noun
        + " "
        + Texts.list(heading.items(), " و ", " و ")
        + (heading.provisional() ? " من جدول الأعمال المؤقت" : " من جدول الأعمال");
  }

  @Override
  public String versionLanguageLine() {
    return "Arabic";
  }

  /** The name as the second term of a construct ("البعثة الدائمة لـ…" adds the particle). */
  @Override
  public String ofCountry(String alpha3) {
    return turnRound(countryName(alpha3));
  }

  /** "البعثة الدائمة لـ…": the title attaches the particle to the name. */
  @Override
  protected String titleCountry(String alpha3) {
    return forCountry(ofCountry(alpha3));
  }

  /** The particle ل attached to a name; before the article ال it merges into لل. */
  static String forCountry(String name) {
    return name.startsWith("ال") ? "لل" + name.substring(2) : "ل" + name;
  }

  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return plural
        ? "تعمم المرفقات كما وردت، باللغة التي قُدمت بها فقط."
        : "يعمم المرفق كما ورد، باللغة التي قُدم بها فقط.";
  }

  /** Vowel marks and tatweel are dropped before matching the footnote. */
  @Override
  protected CharSequence beforeNoteMatching(CharSequence text) {
    return ARABIC_MARKS.matcher(text).replaceAll("");
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "المرفق " + MASCULINE_ORDINALS.write(heading.number()) : "المرفق";
  }

  /** Words that never end a title: a line ending in one was wrapped. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("في", "من", "على", "إلى", "عن", "مع", "بين", "أو", "ثم");

  @Override
  protected Set<String> functionWords() {
    return FUNCTION_WORDS;
  }
}
