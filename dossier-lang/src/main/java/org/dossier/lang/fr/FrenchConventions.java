package org.dossier.lang.fr;

import static org.dossier.lang.internal.Texts.APOSTROPHE;
import static org.dossier.lang.internal.Texts.FLAGS;
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
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * French conventions of UN documents: {@code 1er avril 2020}, {@code 24 février-20 mars 2020},
 * {@code Quarante-troisième session}, {@code Points 13 et 115 de l'ordre du jour}, {@code Distr.
 * générale}, {@code Original : anglais}, and titles that name the addressee before the sender.
 */
public final class FrenchConventions extends BaseConventions {
  static final MonthNames MONTHS =
      new MonthNames(
          List.of(
              "janvier",
              "février",
              "mars",
              "avril",
              "mai",
              "juin",
              "juillet",
              "août",
              "septembre",
              "octobre",
              "novembre",
              "décembre"));

  /** "1er avril 2020", "24 février-20 mars 2020": the first is "1er", ranges take a hyphen. */
  private static final WrittenDates WRITTEN_DATES =
      new WrittenDates(MONTHS, "{d} {m} {y}", "1er", "-", "-", "-");

  private static final Pattern INVERTED = Pattern.compile("(.+) \\((.+)\\)");

  /** The addressee comes before the sender: "adressée au … par la Mission permanente de …". */
  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "Note verbale datée du {date}, adressée {addressee} par la Mission permanente {country} {station}",
          "Lettre datée du {date}, adressée {addressee} par le Représentant permanent {country} {station}",
          "Lettres identiques datées du {date}, adressées {addressee} par le Représentant permanent {country} {station}",
          Map.of(
              DutyStation.GENEVA,
              "auprès de l'Office des Nations Unies à Genève",
              DutyStation.NEW_YORK,
              "auprès de l'Organisation des Nations Unies"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "au Haut-Commissariat des Nations Unies aux droits de l'homme",
              Addressee.SECRETARY_GENERAL,
              "au Secrétaire général",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "au Président du Conseil des droits de l'homme",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "au Secrétaire général et au Président du Conseil de sécurité"));

  /**
   * The single instance (declared after the tables it needs); prefer {@code
   * LanguageConventions.of(Language.FR)}.
   */
  public static final FrenchConventions INSTANCE = new FrenchConventions();

  /**
   * Compounds UN French writes with a hyphen ({@code non-prolifération}, {@code sous-régional},
   * {@code ci-joint}). First parts that also begin frequent solid words are limited to their
   * compounds: {@code ci} (citoyen), {@code bien} (bienvenue), {@code avant} (avantage).
   */
  private static final CompoundWords COMPOUNDS =
      new CompoundWords(
          Set.of("non", "sous", "vice", "contre", "socio", "demi", "après"),
          List.of(
              "ci-(joint|jointe|joints|jointes|dessus|dessous|après|contre|inclus|incluse)",
              "bien-(être|fondé)",
              "porte-paroles?",
              "avant-(projet|projets|garde|propos|dernier|dernière)",
              "peut-être",
              "(nord|sud)-(est|ouest)"));

  private FrenchConventions() {
    super(grammar(), WRITTEN_DATES, TITLE_WORDS);
  }

  private static Grammar grammar() {
    // The first of the month is "1er" (also printed as a superscript, reduced by the reader).
    String day = DateSyntax.day("(?:er|ᵉʳ)?");
    String month = DateSyntax.month(MONTHS.regex());
    DateSyntax dates =
        DateSyntax.dayMonthYear(day, month, DateSyntax.YEAR, DateSyntax.dashOr("au"), MONTHS);
    String numbers = Texts.itemList("et");
    String agenda =
        "(?<![\\p{L}])points?"
            + SPACE
            + "(?<nums>"
            + numbers
            + ")"
            + SPACE
            + "de"
            + SPACE
            + "l"
            + APOSTROPHE
            + OPT_SPACE
            + "ordre"
            + SPACE
            + "du"
            + SPACE
            + "jour(?<prov>"
            + SPACE
            + "provisoire)?(?![\\p{L}])";
    return new Grammar(
        Language.FR,
        dates,
        ordinals(),
        Grammar.ordinalThen("session"),
        Grammar.ordinalWordsThen(5, "session"),
        Pattern.compile(agenda, FLAGS),
        Map.of(
            "generale", Distribution.GENERAL,
            "limitee", Distribution.LIMITED,
            "restreinte", Distribution.RESTRICTED),
        countries(),
        Pattern.compile(
            "(?<type>notes?\\s+verbales?|lettres?)(?:\\s+identiques)?\\s+dat[ée]es?\\s+du\\s+(?<date>.+?),?\\s+adress[ée]es?\\s+"
                + "(?<addressee>(?:au|à\\s+la|à\\s+l['’]|aux|à)\\s+.+?)\\s+par\\s+(?<sender>.+?)\\.?",
            FLAGS | Pattern.DOTALL),
        Map.of(
            "note verbale", DocType.NOTE_VERBALE,
            "notes verbales", DocType.NOTE_VERBALE,
            "lettre", DocType.LETTER,
            "lettres", DocType.LETTER),
        Pattern.compile(
            "(?:l['’]annexe\\s+est\\s+reproduite\\s+telle\\s+qu['’]elle\\s+a\\s+été\\s+reçue"
                + "|les\\s+annexes\\s+sont\\s+reproduites\\s+telles\\s+qu['’]elles\\s+ont\\s+été\\s+reçues"
                + "|reproduites?\\s+(?:en\\s+annexe\\s+)?tel(?:le)?s?\\s+qu['’]\\p{L}+\\s+\\p{L}+\\s+été\\s+reçues?"
                + "|distribuée?s?)"
                + ",?\\s+dans\\s+la\\s+langue\\s+(?:originale|de\\s+l['’]original|de\\s+présentation)"
                + "(?:\\s+seulement|\\s+uniquement)?",
            FLAGS),
        Pattern.compile("annexe(?:\\s+(?<num>[ivxlc]+|\\d+))?", FLAGS),
        Texts::romanOrDecimal);
  }

  /**
   * ICU's feminine ordinals ("session" is feminine), with the UN's spelling of compounds with "et":
   * "vingt et unième", not the 1990 reform's "vingt-et-unième" (read as well).
   */
  private static OrdinalWords ordinals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(ULocale.FRENCH, RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> unSpelling(spellout.format(n, "%spellout-ordinal-feminine")))
        .acceptAll(n -> spellout.format(n, "%spellout-ordinal-feminine"))
        .acceptAll(n -> unSpelling(spellout.format(n, "%spellout-ordinal-masculine")));
  }

  static String unSpelling(String icuOrdinal) {
    return icuOrdinal.replace("-et-", " et ");
  }

  private static NameDictionary countries() {
    NameDictionary dictionary =
        CountryNames.dictionary(Language.FR, true, FrenchConventions::inverted);
    for (String article :
        List.of(
            "de la ", "de l'", "du ", "des ", "de ", "d'", "la ", "le ", "les ", "l'", "au ",
            "aux ", "en ", "à ")) {
      dictionary.prefix(article, "");
    }
    for (String head : List.of("République", "Royaume", "État", "Principauté", "Sultanat")) {
      for (String of : List.of(" de ", " d'", " du ", " des ", " de la ", " de l'")) {
        dictionary.prefix(head + of, "");
      }
    }
    return dictionary;
  }

  /** "Bolivie (État plurinational de)" is also read as "État plurinational de Bolivie". */
  private static List<String> inverted(String name) {
    Matcher matcher = INVERTED.matcher(name);
    return matcher.matches() ? List.of(turnRound(matcher)) : List.of();
  }

  private static String turnRound(Matcher inverted) {
    String kind = inverted.group(2);
    return kind.endsWith("'") ? kind + inverted.group(1) : kind + " " + inverted.group(1);
  }

  @Override
  public String sessionHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " session";
  }

  @Override
  public String councilYearHeading(int number) {
    return Texts.capitalize(ordinal(number)) + " année";
  }

  @Override
  public String sessionReference(int number) {
    return "la " + ordinal(number) + " session";
  }

  @Override
  public String agendaHeading(AgendaHeading heading) {
    return Texts.capitalize(items(heading));
  }

  @Override
  public String agendaReference(AgendaHeading heading) {
    String contracted = heading.items().size() > 1 ? "au titre des " : "au titre du ";
    return contracted + items(heading);
  }

  /** "point 4 de l'ordre du jour", "points 13 et 115 de l'ordre du jour provisoire". */
  private static String items(AgendaHeading heading) {
    List<Integer> items = heading.items();
    StringBuilder text = new StringBuilder(items.size() > 1 ? "points " : "point ");
    text.append(Texts.list(items, ", ", " et ")).append(" de l'ordre du jour");
    return heading.provisional() ? text.append(" provisoire").toString() : text.toString();
  }

  @Override
  public String distributionLine(Distribution distribution) {
    return switch (distribution) {
      case GENERAL -> "Distr. générale";
      case LIMITED -> "Distr. limitée";
      case RESTRICTED -> "Distr. restreinte";
    };
  }

  /** French typography puts a space before the colon. */
  @Override
  public String originalLanguageLine(Language original) {
    return "Original : " + languageName(original);
  }

  @Override
  public String versionLanguageLine() {
    return "Français";
  }

  /** "de l'Azerbaïdjan", "du Mexique", "de Cuba", "de l'État plurinational de Bolivie". */
  @Override
  public String ofCountry(String alpha3) {
    String name = countryName(alpha3);
    Matcher inverted = INVERTED.matcher(name);
    if (inverted.matches()) {
      name = turnRound(inverted);
    }
    return FrenchArticles.of(name) + name;
  }

  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return plural
        ? "Les annexes sont reproduites telles qu'elles ont été reçues, dans la langue originale"
            + " seulement."
        : "L'annexe est reproduite telle qu'elle a été reçue, dans la langue originale seulement.";
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "Annexe " + Texts.roman(heading.number()) : "Annexe";
  }

  @Override
  protected CompoundWords compounds() {
    return COMPOUNDS;
  }

  /** Words that never end a title: a line ending in one was wrapped. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "le", "la", "les", "l'", "d'", "de", "du", "des", "et", "ou", "à", "au", "aux", "en",
          "pour", "par", "sur", "dans", "avec", "sans", "entre", "un", "une");

  @Override
  protected Set<String> functionWords() {
    return FUNCTION_WORDS;
  }
}
