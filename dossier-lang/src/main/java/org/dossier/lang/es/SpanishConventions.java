package org.dossier.lang.es;

import static org.dossier.lang.internal.Texts.FLAGS;
import static org.dossier.lang.internal.Texts.ITEM;
import static org.dossier.lang.internal.Texts.OPT_SPACE;
import static org.dossier.lang.internal.Texts.SPACE;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
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
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * Spanish conventions of UN documents: {@code 3 de diciembre de 2007}, {@code 1º de abril}, {@code
 * 11 a 18 de junio de 2007}, {@code Cuadragésimo tercer período de sesiones}, {@code Tema 4 de la
 * agenda} (Human Rights Council) or {@code Tema 65 del programa} (General Assembly, read only),
 * {@code Distr. general}, and titles that name the addressee before the sender.
 */
public final class SpanishConventions extends BaseConventions {
  static final MonthNames MONTHS =
      new MonthNames(
              List.of(
                  "enero",
                  "febrero",
                  "marzo",
                  "abril",
                  "mayo",
                  "junio",
                  "julio",
                  "agosto",
                  "septiembre",
                  "octubre",
                  "noviembre",
                  "diciembre"))
          .accept("setiembre", 9);

  /** "11 a 18 de junio de 2007", "3 de marzo a 1º de abril de 2008": the first is "1º". */
  private static final WrittenDates WRITTEN_DATES =
      new WrittenDates(MONTHS, "{d} de {m} de {y}", "1º", " a ", " a ", " a ");

  private static final Pattern INVERTED = Pattern.compile("(.+) \\((.+)\\)");
  private static final Pattern APOCOPE = Pattern.compile("(primer|tercer)o$");

  /** Like French, the addressee comes before the sender: "dirigida a … por …". */
  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "Nota verbal de fecha {date} dirigida {addressee} por la Misión Permanente {country} {station}",
          "Carta de fecha {date} dirigida {addressee} por el Representante Permanente {country} {station}",
          "Cartas idénticas de fecha {date} dirigidas {addressee} por el Representante Permanente {country} {station}",
          Map.of(
              DutyStation.GENEVA,
              "ante la Oficina de las Naciones Unidas en Ginebra",
              DutyStation.NEW_YORK,
              "ante las Naciones Unidas"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
              Addressee.SECRETARY_GENERAL,
              "al Secretario General",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "al Presidente del Consejo de Derechos Humanos",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "al Secretario General y al Presidente del Consejo de Seguridad"));

  /** The single instance (declared after the tables it needs). */
  public static final SpanishConventions INSTANCE = new SpanishConventions();

  /**
   * Spanish writes prefixes solid ({@code cooperación}, {@code exministro}); its hyphenated
   * compounds join two adjectives, the first in its masculine form ending in -o: {@code
   * político-militar}, {@code económico-social}, {@code franco-alemán}.
   */
  private static final CompoundWords COMPOUNDS =
      new CompoundWords(
          Set.of(),
          List.of(
              "\\p{L}{3,}ico-\\p{L}{4,}",
              "(franco|hispano|anglo|luso|ítalo|greco|germano|ruso|chino|afro|euro)-\\p{L}{4,}"));

  private SpanishConventions() {
    super(grammar(), WRITTEN_DATES, TITLE_WORDS);
  }

  private static Grammar grammar() {
    // The first of the month is the ordinal "1º" (also typed "1o", "1.º" or "1°").
    String day = DateSyntax.day("(?:\\.?[º°o])?");
    String of = SPACE + "de" + SPACE;
    String month = DateSyntax.month(MONTHS.regex());
    DateSyntax dates =
        DateSyntax.dayMonthYear(
            day,
            month,
            DateSyntax.YEAR,
            of,
            SPACE + "del?" + SPACE,
            of,
            DateSyntax.dashOr("al?"),
            MONTHS);
    String numbers = Texts.itemList("y");
    String agenda =
        "(?<![\\p{L}])temas?"
            + SPACE
            + "(?<nums>"
            + numbers
            + ")"
            + SPACE
            + "(?:de"
            + SPACE
            + "la"
            + SPACE
            + "agenda|del"
            + SPACE
            + "programa)(?<prov>"
            + SPACE
            + "provisional)?(?![\\p{L}])";
    String session = "per[íi]odo" + SPACE + "de" + SPACE + "sesiones";
    return new Grammar(
        Language.ES,
        dates,
        ordinals(),
        Pattern.compile(
            OPT_SPACE
                + "(?:(?<num>"
                + ITEM
                + ")\\.?[º°o]|(?<ord>[\\p{L}\\s-]+?))"
                + SPACE
                + session
                + OPT_SPACE,
            FLAGS),
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<num>"
                + ITEM
                + ")\\.?[º°o]"
                + SPACE
                + "|(?<ord>(?:[\\p{L}-]+"
                + SPACE
                + "){1,4}))"
                + session
                + "(?![\\p{L}])",
            FLAGS),
        Pattern.compile(agenda, FLAGS),
        Map.of(
            "limitada", Distribution.LIMITED,
            "reservada", Distribution.RESTRICTED,
            "restringida", Distribution.RESTRICTED),
        countries(),
        Pattern.compile(
            "(?<type>notas?\\s+verbal(?:es)?|cartas?)(?:\\s+idénticas)?\\s+de\\s+fecha\\s+(?<date>.+?),?\\s+dirigidas?\\s+"
                + "(?<addressee>(?:al|a\\s+la|a\\s+los|a)\\s+.+?)\\s+por\\s+(?<sender>.+?)\\.?",
            FLAGS | Pattern.DOTALL),
        Map.of(
            "nota verbal", DocType.NOTE_VERBALE,
            "notas verbales", DocType.NOTE_VERBALE,
            "carta", DocType.LETTER,
            "cartas", DocType.LETTER),
        Pattern.compile(
            "(?:(?:el\\s+anexo\\s+se\\s+reproduce|los\\s+anexos\\s+se\\s+reproducen)"
                + "(?:\\s+tal\\s+(?:y\\s+)?como\\s+se\\s+recibi(?:ó|o|eron))?,?"
                + "|se\\s+(?:distribuyen?|reproducen?)(?:\\s+en\\s+(?:el|los)\\s+anexos?)?"
                + "(?:\\s+tal\\s+(?:y\\s+)?como\\s+se\\s+recibi(?:ó|o|eron),?)?(?:\\s+únicamente)?)"
                + "\\s+en\\s+el\\s+idioma\\s+en\\s+que\\s+se\\s+present(?:ó|o|aron)(?:\\s+únicamente)?",
            FLAGS),
        Pattern.compile("anexo(?:\\s+(?<num>[ivxlc]+|\\d+))?", FLAGS),
        Texts::romanOrDecimal);
  }

  /**
   * ICU's masculine ordinals ("período" is masculine) with the UN's forms: apocope before the noun
   * ("tercer", "primer", "vigésimo primer"), and "undécimo", "duodécimo" for 11 and 12 where ICU
   * writes "decimoprimero", "decimosegundo" (both read).
   */
  private static OrdinalWords ordinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(new ULocale("es"), RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> unOrdinal(n, spellout.format(n, "%spellout-ordinal-masculine")))
        .acceptAll(n -> spellout.format(n, "%spellout-ordinal-masculine"))
        .acceptAll(n ->
            APOCOPE.matcher(spellout.format(n, "%spellout-ordinal-masculine")).replaceAll("$1"));
  }

  static String unOrdinal(int number, String icuOrdinal) {
    String apocope = APOCOPE.matcher(icuOrdinal).replaceAll("$1");
    return switch (number % 100) {
      case 11 -> apocope.replace("decimoprimer", "undécimo");
      case 12 -> apocope.replace("decimosegundo", "duodécimo");
      default -> apocope;
    };
  }

  private static NameDictionary countries() {
    NameDictionary dictionary = CountryNames.dictionary(Language.ES, true, name -> inverted(name));
    for (String article :
        List.of(
            "del ", "de la ", "de los ", "de las ", "de ", "el ", "la ", "los ", "las ", "al ",
            "a ", "en ")) {
      dictionary.prefix(article, "");
    }
    for (String head :
        List.of(
            "República de ",
            "República del ",
            "Reino de ",
            "Reino de los ",
            "Estado de ",
            "Estado del ",
            "Principado de ",
            "Sultanato de ")) {
      dictionary.prefix(head, "");
    }
    return dictionary;
  }

  /** "Bolivia (Estado Plurinacional de)" is also read as "Estado Plurinacional de Bolivia". */
  private static List<String> inverted(String name) {
    Matcher matcher = INVERTED.matcher(name);
    return matcher.matches() ? List.of(matcher.group(2) + " " + matcher.group(1)) : List.of();
  }

  @Override
  public String sessionHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " período de sesiones";
  }

  @Override
  public String councilYearHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " año";
  }

  @Override
  public String sessionReference(int number) {
    return "el " + ordinal(number) + " período de sesiones";
  }

  /** The Human Rights Council's form, "Tema 4 de la agenda". */
  @Override
  public String agendaHeading(AgendaHeading heading) {
    return agendaHeading(heading, Body.HUMAN_RIGHTS_COUNCIL);
  }

  /**
   * "Tema 4 de la agenda" for the Human Rights Council family, "Tema 65 del programa" elsewhere.
   */
  @Override
  public String agendaHeading(AgendaHeading heading, Body body) {
    return Texts.capitalize(items(heading, body));
  }

  @Override
  public String agendaReference(AgendaHeading heading) {
    return agendaReference(heading, Body.HUMAN_RIGHTS_COUNCIL);
  }

  @Override
  public String agendaReference(AgendaHeading heading, Body body) {
    return (heading.items().size() > 1 ? "en relación con los " : "en relación con el ")
        + items(heading, body);
  }

  /** Whether {@code body} is the Human Rights Council or reports to it: those say "agenda". */
  private static boolean saysAgenda(Body body) {
    for (Body b = body; b != null; b = b.parent().orElse(null)) {
      if (b == Body.HUMAN_RIGHTS_COUNCIL) {
        return true;
      }
    }
    return false;
  }

  private static String items(AgendaHeading heading, Body body) {
    List<Integer> items = heading.items();
    StringBuilder text = new StringBuilder(items.size() > 1 ? "temas " : "tema ");
    text.append(Texts.list(items, ", ", " y "))
        .append(saysAgenda(body) ? " de la agenda" : " del programa");
    return heading.provisional() ? text.append(" provisional").toString() : text.toString();
  }

  @Override
  public String distributionLine(Distribution distribution) {
    return switch (distribution) {
      case GENERAL -> "Distr. general";
      case LIMITED -> "Distr. limitada";
      case RESTRICTED -> "Distr. reservada";
    };
  }

  @Override
  public String versionLanguageLine() {
    return "Español";
  }

  /**
   * "de Azerbaiyán", "del Perú", "de la Federación de Rusia", "del Estado Plurinacional de
   * Bolivia".
   */
  @Override
  public String ofCountry(String alpha3) {
    String name = countryName(alpha3);
    Matcher inverted = INVERTED.matcher(name);
    if (inverted.matches()) {
      name = inverted.group(2) + " " + inverted.group(1);
    }
    return SpanishArticles.of(name) + name;
  }

  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return plural
        ? "Los anexos se reproducen tal como se recibieron, en el idioma en que se presentaron"
            + " únicamente."
        : "El anexo se reproduce tal como se recibió, en el idioma en que se presentó únicamente.";
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "Anexo " + Texts.roman(heading.number()) : "Anexo";
  }

  @Override
  protected CompoundWords compounds() {
    return COMPOUNDS;
  }

  /** Words that never end a title: a line ending in one was wrapped. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "el", "la", "los", "las", "lo", "un", "una", "de", "del", "y", "e", "o", "u", "a", "al",
          "en", "para", "por", "con", "sin", "sobre", "entre");

  @Override
  protected Set<String> functionWords() {
    return FUNCTION_WORDS;
  }
}
