package org.dossier.lang.ru;

import static org.dossier.lang.internal.Texts.FLAGS;
import static org.dossier.lang.internal.Texts.SPACE;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
import org.dossier.lang.ru.RussianDeclension.Case;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * Russian conventions of UN documents: {@code 10 ноября 1975 года} (genitive month and "года"),
 * {@code Сорок третья сессия}, {@code Пункты 13 и 115 повестки дня}, State names in their case
 * forms, and titles that name the sender in the genitive. Russian mastheads keep the distribution
 * and {@code Original:} lines, and often the masthead date, in English.
 */
public final class RussianConventions extends BaseConventions {
  static final MonthNames MONTHS =
      new MonthNames(
          List.of(
              "января",
              "февраля",
              "марта",
              "апреля",
              "мая",
              "июня",
              "июля",
              "августа",
              "сентября",
              "октября",
              "ноября",
              "декабря"));

  /** "9–27 сентября 2019 года", "24 февраля — 20 марта 2020 года" (spaced dash between dates). */
  private static final WrittenDates WRITTEN_DATES =
      new WrittenDates(MONTHS, "{d} {m} {y} года", "1", " — ", " — ", "–");

  private static final Pattern INVERTED = Pattern.compile("(.+) \\((.+)\\)");
  private static final String[] ORDINAL_CASES = {
    "%spellout-ordinal-feminine-genitive",
    "%spellout-ordinal-feminine-dative",
    "%spellout-ordinal-feminine-accusative",
    "%spellout-ordinal-feminine-instrumental",
    "%spellout-ordinal-feminine-prepositional"
  };

  private static String[] genitiveOrdinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("ru"), RuleBasedNumberFormat.SPELLOUT);
    String[] ordinals = new String[OrdinalWords.MAX + 1];
    for (int n = 1; n <= OrdinalWords.MAX; n++) {
      ordinals[n] = spellout.format(n, ORDINAL_CASES[0]).replace('ё', 'е');
    }
    return ordinals;
  }

  /** Sender first, in the genitive, then the date, then "на имя" and the addressee. */
  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "Вербальная нота Постоянного представительства {country} {station} от {date} на имя {addressee}",
          "Письмо Постоянного представителя {country} {station} от {date} на имя {addressee}",
          "Идентичные письма Постоянного представителя {country} {station} от {date} на имя {addressee}",
          Map.of(
              DutyStation.GENEVA,
              "при Отделении Организации Объединенных Наций в Женеве",
              DutyStation.NEW_YORK,
              "при Организации Объединенных Наций"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "Управления Верховного комиссара Организации Объединенных Наций по правам человека",
              Addressee.SECRETARY_GENERAL,
              "Генерального секретаря",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "Председателя Совета по правам человека",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "Генерального секретаря и Председателя Совета Безопасности"));

  /** The single instance (declared after the tables it needs). */
  /** Masculine ordinals, for the Security Council's year ("Семьдесят шестой год"). */
  private static final OrdinalWords MASCULINE_ORDINALS = masculineOrdinals();

  public static final RussianConventions INSTANCE = new RussianConventions();

  /** Genitive ordinals for running text, by number (ICU formatters are not thread-safe). */
  private static final String[] GENITIVE_ORDINALS = genitiveOrdinals();

  /**
   * Compounds Russian writes with a hyphen: compound adjectives whose first part is an adjective
   * stem with the linking -о ({@code социально-экономический}, {@code военно-политический}, {@code
   * политико-правовой}, {@code финансово-экономический}; short stems such as {@code полно} and
   * {@code равно} begin solid words: полномочий, равноправный), adverbs in по- ({@code
   * по-прежнему}, {@code по-русски}), compass points and titles ({@code вице-председатель}).
   */
  private static final CompoundWords COMPOUNDS =
      new CompoundWords(
          Set.of("вице", "премьер"),
          List.of(
              "(\\p{L}{4,}но|\\p{L}{2,}ико|\\p{L}{2,}ово)-\\p{L}{2,}"
                  + "(ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)",
              "по-(прежнему|новому|своему|другому|разному|настоящему|иному|\\p{L}+ски)",
              "(северо|юго)-(запад|восто)\\p{L}*"));

  private RussianConventions() {
    super(grammar(), WRITTEN_DATES, TITLE_WORDS);
  }

  private static Grammar grammar() {
    String day = DateSyntax.day("");
    String month = DateSyntax.month(MONTHS.regex());
    // "года" (or "г.") follows the year of a full date.
    String year = DateSyntax.YEAR + "(?:" + SPACE + "(?:года|г\\.))?";
    DateSyntax dates =
        DateSyntax.dayMonthYear(day, month, year, DateSyntax.dashOr("(?:по|до)"), MONTHS);
    String numbers = Texts.itemList("и");
    String agenda =
        "(?<![\\p{L}])пункт(?:ы|а|у|ом|е|ов|ам|ами|ах)?"
            + SPACE
            + "(?<nums>"
            + numbers
            + ")"
            + SPACE
            + "(?<prov>предварительной"
            + SPACE
            + ")?повестки"
            + SPACE
            + "дня(?![\\p{L}])";
    return new Grammar(
        Language.RU,
        dates,
        ordinals(),
        Grammar.ordinalThen("сессия"),
        Grammar.ordinalWordsThen(4, "сесси(?:я|и|ю|ей)"),
        Pattern.compile(agenda, FLAGS),
        Map.of(),
        countries(),
        Pattern.compile(
            "(?:идентичные\\s+)?(?<type>вербальн(?:ая|ые)\\s+нот[аы]|письм[оа])\\s+(?<sender>.+?)\\s+от\\s+(?<date>\\d.+?)"
                + "\\s+на\\s+имя\\s+(?<addressee>.+?)\\.?",
            FLAGS | Pattern.DOTALL),
        Map.of(
            "вербальная нота", DocType.NOTE_VERBALE,
            "вербальные ноты", DocType.NOTE_VERBALE,
            "письмо", DocType.LETTER,
            "письма", DocType.LETTER),
        Pattern.compile(
            "(?:приложени[еяй]\\s+)?(?:воспроизвод|распространя)\\p{L}*"
                + "(?:\\s+в\\s+том\\s+виде,?\\s+в\\s+каком\\s+\\p{L}+\\s+\\p{L}+\\s+получен\\p{L}*,?)?"
                + "\\s+только\\s+на\\s+языке\\s+(?:оригинала|представления)",
            FLAGS),
        Pattern.compile("приложение(?:\\s+(?<num>[ivxlc]+|\\d+))?", FLAGS),
        Texts::romanOrDecimal);
  }

  /**
   * ICU's feminine ordinals ("сессия" is feminine), which already write "е" for "ё" as the UN does;
   * running text uses the oblique cases, read from ICU's case rule sets.
   */
  private static OrdinalWords ordinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("ru"), RuleBasedNumberFormat.SPELLOUT);
    OrdinalWords ordinals =
        new OrdinalWords(n -> spellout.format(n, "%spellout-ordinal-feminine").replace('ё', 'е'));
    for (String ruleSet : ORDINAL_CASES) {
      ordinals.acceptAll(n -> spellout.format(n, ruleSet));
    }
    return ordinals;
  }

  private static OrdinalWords masculineOrdinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("ru"), RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(
        n -> spellout.format(n, "%spellout-ordinal-masculine").replace('ё', 'е'));
  }

  private static NameDictionary countries() {
    NameDictionary dictionary =
        CountryNames.dictionary(
            Language.RU,
            true,
            name -> {
              List<String> forms = new ArrayList<>(RussianDeclension.obliqueForms(name));
              Matcher inverted = INVERTED.matcher(name);
              if (inverted.matches()) {
                String turned = turnRound(inverted);
                forms.add(turned);
                forms.addAll(RussianDeclension.obliqueForms(turned));
              }
              return forms;
            });
    // "Республики Азербайджан": a kind noun in any case before the name in the nominative.
    for (String head : List.of("Республика", "Королевство", "Государство")) {
      dictionary.prefix(head + " ", "");
      for (String form : RussianDeclension.obliqueForms(head)) {
        dictionary.prefix(form + " ", "");
      }
    }
    return dictionary;
  }

  /** "Боливия (Многонациональное Государство)" reads "Многонациональное Государство Боливия". */
  private static String turnRound(Matcher inverted) {
    return inverted.group(2) + " " + inverted.group(1);
  }

  @Override
  public String sessionHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " сессия";
  }

  @Override
  public String councilYearHeading(int number) {
    return Texts.capitalize(MASCULINE_ORDINALS.write(number)) + " год";
  }

  /** The genitive, as in "в качестве документа сорок третьей сессии". */
  @Override
  public String sessionReference(int number) {
    ordinal(number); // validates the range
    return GENITIVE_ORDINALS[number] + " сессии";
  }

  @Override
  public String agendaHeading(AgendaHeading heading) {
    return (heading.items().size() > 1 ? "Пункты " : "Пункт ") + items(heading);
  }

  /** "по пункту 4 повестки дня", "по пунктам 13 и 115 повестки дня". */
  @Override
  public String agendaReference(AgendaHeading heading) {
    return (heading.items().size() > 1 ? "по пунктам " : "по пункту ") + items(heading);
  }

  private static String items(AgendaHeading heading) {
    return Texts.list(heading.items(), ", ", " и ")
        + (heading.provisional() ? " предварительной повестки дня" : " повестки дня");
  }

  @Override
  public String versionLanguageLine() {
    return "Russian";
  }

  /** The genitive: "Азербайджана", "Российской Федерации". */
  @Override
  public String ofCountry(String alpha3) {
    String name = countryName(alpha3);
    Matcher inverted = INVERTED.matcher(name);
    return RussianDeclension.decline(
        inverted.matches() ? turnRound(inverted) : name, Case.GENITIVE);
  }

  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return plural
        ? "Приложения воспроизводятся в том виде, в каком они были получены, только на языке"
            + " оригинала."
        : "Приложение воспроизводится в том виде, в каком оно было получено, только на языке"
            + " оригинала.";
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "Приложение " + Texts.roman(heading.number()) : "Приложение";
  }

  @Override
  protected CompoundWords compounds() {
    return COMPOUNDS;
  }

  /** Words that never end a title: a line ending in one was wrapped. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "и", "в", "во", "на", "по", "о", "об", "с", "со", "к", "ко", "для", "от", "из", "при",
          "а", "или", "но");

  @Override
  protected Set<String> functionWords() {
    return FUNCTION_WORDS;
  }
}
