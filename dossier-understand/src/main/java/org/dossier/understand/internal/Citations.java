package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Body;
import org.dossier.model.DocumentRecord.Citation;

/**
 * Finds citations of resolutions and decisions in running text, in the six languages, and
 * normalises them to symbols where the wording makes it unambiguous: a number with a year in
 * parentheses is a Security Council resolution ({@code S/RES/822 (1993)}); a session/number pair is
 * a General Assembly resolution ({@code A/RES/60/251}) unless the Human Rights Council is named
 * next to it ({@code A/HRC/RES/5/1}, decisions {@code A/HRC/DEC/1/105}). Symbols written out in the
 * text are cited as they are.
 */
public final class Citations {
  /** A General Assembly session before 1976 in a citation: {@code (XXV)}, Arabic {@code (د-25)}. */
  private static final String OLD_SESSION = "[IVXL]{1,7}|د-\\d{1,2}";

  /**
   * The letter of one part of a resolution adopted in parts ({@code 217 A (III)}, {@code 31/16 B}):
   * Latin, the Cyrillic look-alikes Russian texts write ({@code 217 А (III)}), or in Arabic the
   * letter's name in abjad order ({@code 217 ألف (د-3)}, {@code 58/1 باء}).
   */
  private static final String PART = "(?:[A-H]|[АВСЕ]|ألف|باء|جيم|دال|هاء|واو|زاي|حاء)(?![\\p{L}])";

  private static final List<String> ARABIC_PARTS =
      List.of("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء");

  /**
   * One cited number: a Security Council year ({@code 822 (1993)}), an old session with perhaps a
   * part ({@code 2625 (XXV)}, {@code 217 A (III)}), or a session/number pair with perhaps a part
   * ({@code 31/16 A}). The list pattern finds the list with it, {@link #ITEM_PATTERN} its items.
   */
  private static final String ITEM =
      "(?:S-)?\\d{1,4}(?:\\s?[(（]\\d{4}[)）]|(?:\\s?"
          + PART
          + ")?\\s?[(（](?:"
          + OLD_SESSION
          + ")[)）]|/\\d{1,4}(?:\\s"
          + PART
          + ")?)";

  /**
   * The date a list item may carry before the next item: {@code 7/22 of 28 March 2008 and 15/9},
   * {@code 7/22 du 28 mars 2008 et}, {@code 74/156, de 18 de diciembre de 2019, y}.
   */
  private static final String ITEM_DATE =
      "(?:,?\\s+(?:of|du|de|del|en\\s+date\\s+du)\\s+\\d{1,2}(?:er|º|°)?\\s+(?:de\\s+)?\\p{L}{3,10}"
          + "\\s+(?:de\\s+)?\\d{4})?";

  private static final Pattern LEADING_DATE = Pattern.compile(ITEM_DATE);

  private static final String SEPARATOR =
      ITEM_DATE + "\\s*(?:,|،|、|;)?\\s*(?:and|et|y|e|и|و|和)?\\s*";
  private static final Pattern ITEM_PATTERN =
      Pattern.compile(
          "(?<number>(?:S-)?\\d{1,4})(?:\\s?[(（](?<year>\\d{4})[)）]|(?:\\s?(?<oldPart>"
              + PART
              + "))?\\s?[(（](?<oldSession>"
              + OLD_SESSION
              + ")[)）]|/(?<serial>\\d{1,4})(?:\\s(?<part>"
              + PART
              + "))?)");

  /**
   * Arabic joins a conjunction or preposition to the word ({@code وبقرار}, {@code لقرار}) and a
   * possessive after it ({@code قراريه}, "its two resolutions"; {@code قرارها}).
   */
  private static final String ARABIC_PROCLITICS = "[وفبل]{0,2}";

  private static final String ARABIC_POSSESSIVE = "(?:ها|هم|ه)?";

  private static final Pattern KEYWORD_LIST =
      Pattern.compile(
          "(?<![\\p{L}])(?<kw>resolutions?|résolutions?|resoluci(?:ón|ones)|резолюци[а-я]{1,3}"
              + "|"
              + ARABIC_PROCLITICS
              + "(?:ال)?قرار(?:ات|ين|ي|ا)?"
              + ARABIC_POSSESSIVE
              + "|decisions?|décisions?|decisi(?:ón|ones)"
              + "|решени[а-я]{1,3}|"
              + ARABIC_PROCLITICS
              + "(?:ال)?مقرر(?:ات|ين|ي|ا)?"
              + ARABIC_POSSESSIVE
              + ")"
              + "(?:\\s+(?<inline>مجلس حقوق الإنسان|الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي))?"
              + "(?:\\s+(?:del|de\\s+la|du|de\\s+l['’])\\s*(?<named>consejo\\s+de\\s+derechos\\s+humanos"
              + "|asamblea\\s+general|consejo\\s+económico\\s+y\\s+social|comisión\\s+de\\s+derechos\\s+humanos"
              + "|conseil\\s+des\\s+droits\\s+de\\s+l['’]homme|assemblée\\s+générale"
              + "|conseil\\s+économique\\s+et\\s+social|commission\\s+des\\s+droits\\s+de\\s+l['’]homme))?"
              + "\\s+(?<items>"
              + ITEM
              + "(?:"
              + SEPARATOR
              + ITEM
              + "){0,200})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Chinese citations, each number between 第 and 号, several joined by 、 or 和 with the kind at the
   * end: {@code 第54/47号、第56/16号和第58/29号决议}, {@code 第15/9和33/10号决议}, {@code 第1325(2000)号决议}.
   */
  private static final String CHINESE_ITEM =
      "(?:S-)?\\d{1,4}(?:\\s?[(（]\\d{4}[)）]|(?:\\s?[A-H])?\\s?[(（][IVXL]{1,7}[)）]|/\\d{1,4})";

  private static final String CHINESE_JOIN = "\\s?(?:、|，|,|以及|和|及|与)\\s?";
  private static final String CHINESE_RUN =
      "第\\s?" + CHINESE_ITEM + "(?:" + CHINESE_JOIN + "(?:第\\s?)?" + CHINESE_ITEM + ")*\\s?号";
  private static final Pattern CHINESE =
      Pattern.compile(CHINESE_RUN + "(?:" + CHINESE_JOIN + CHINESE_RUN + ")*\\s?(决议|决定)?");

  /** A Chinese date between the issuer and its citation: 人权理事会2007年6月18日第5/1号决议. */
  private static final Pattern CHINESE_DATE_BEFORE =
      Pattern.compile("\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日\\s?$");

  private static final Pattern CHINESE_JOIN_BEFORE = Pattern.compile("^" + CHINESE_JOIN + "$");

  /**
   * Its own texts, then some of them: {@code свои предыдущие резолюции по этому вопросу, в том
   * числе на резолюции 41/21}, {@code قراراته السابقة…، ولا سيما القرار 44/3}.
   */
  private static final List<Pattern> OWN_THEN_SOME =
      List.of(
          Pattern.compile(
              "(?<![\\p{L}])сво(?:и|их)\\s+(?:\\p{L}+\\s+)?(?:резолюци|решени)\\p{L}*[^;.]*"
                  + "(?:в том числе|включая|в частности|особенно)\\s+(?:на\\s+)?$",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile(
              "(?:قرارات|مقررات)(?:ه|ها)(?![\\p{L}])[^؛;.]*"
                  + "(?:ولا سيما|لا سيما|بما فيها|بما في ذلك|ومنها)\\s+$"));

  /**
   * The same in Chinese, before 第: {@code 理事会以往…所有决议，特别是第44/3号决议}; the group is who issued them
   * ({@code 其}, "its", or a body's name).
   */
  private static final Pattern CHINESE_OWN_THEN_SOME =
      Pattern.compile("(其|理事会|大会)[^；;。]*(?:决议|决定)[^；;。]*(?:特别是|尤其是|包括)\\s*$");

  /**
   * Russian "its own" before the keyword ({@code свои резолюции}, {@code свое решение}, {@code свои
   * предыдущие резолюции}): the document's own body issued them.
   */
  private static final Pattern RUSSIAN_OWN =
      Pattern.compile(
          "(?<![\\p{L}])сво(?:ю|и|ей|их|им|ими|ем|е|его|ему)\\s+(?:\\p{L}+\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The series a cited symbol may open with: the United Nations' own and the treaty secretariats'
   * whose documents resolutions cite ({@code FCCC/CP/2015/10/Add.1}, {@code CBD/COP/15/17}).
   */
  private static final String SERIES =
      "(?:A|S|E|ST|CRC|CEDAW|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|DP|TD|UNEP|FCCC|CBD)";

  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![A-Za-z\\d/])"
              + SERIES
              + "(?:/[A-Za-z0-9][A-Za-z0-9.\\-]{0,20}){1,8}(?:\\s\\(\\d{4}\\))?");

  /**
   * Where a joint document's symbols meet: {@code A/67/828-S/2013/210} is one document of the
   * Assembly and the Security Council, cited by both its symbols.
   */
  private static final Pattern JOINT = Pattern.compile("-(?=" + SERIES + "/)");

  /**
   * A cited symbol and a comma just before a keyword: what follows locates a text inside that
   * document ({@code CBD/COP/15/17, decision 15/4}, a decision of a treaty's conference of the
   * parties) and is no citation of its own.
   */
  private static final Pattern SYMBOL_THEN_COMMA = Pattern.compile(SYMBOL.pattern() + ",\\s*$");

  /** Inside every keyword of {@link #KEYWORD_LIST}, each with its capitals, in few searches. */
  private static final String[] KEYWORD_STEMS = {
    "solu", "SOLU", "cisi", "CISI", "езолюц", "ЕЗОЛЮЦ", "ешени", "قرار", "مقرر"
  };

  /** How far a list of cited numbers may run after its keyword. */
  private static final int LIST_REACH = 4_000;

  private static final Pattern CONNECTOR =
      Pattern.compile("^[\\s,]*(?:of the|of|du|de la|de l'|de l’|des|del|de)?\\s*");

  /**
   * The words before a keyword that make the document's own body the issuer: {@code its
   * resolution}, {@code sa résolution}, {@code sus resoluciones}, {@code Council resolution 5/1} in
   * a Council document.
   */
  private static final Pattern OWN_BEFORE =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:its|sa|ses|su|sus|(?<!security )(?<!trusteeship )council)$");

  /** A bare council named after the numbers: {@code of the Council}, {@code du Conseil}. */
  private static final Pattern OWN_AFTER =
      Pattern.compile(
          "(?:council|conseil|consejo)(?![\\p{L}])(?!\\s+(?:de\\s+s[ée]|de\\s+tutel|[ée]con|des\\s+droits"
              + "|de\\s+derechos|of\\s))");

  private static final String[] CHR = {
    "commission on human rights",
    "commission des droits de l'homme",
    "commission des droits de l’homme",
    "comisión de derechos humanos",
    "комиссии по правам человека",
    "لجنة حقوق الإنسان",
    "人权委员会"
  };

  private static final String[] HRC = {
    "human rights council",
    "conseil des droits de l'homme",
    "conseil des droits de l’homme",
    "consejo de derechos humanos",
    "совета по правам человека",
    "совет по правам человека",
    "مجلس حقوق الإنسان",
    "人权理事会"
  };
  private static final String[] GA = {
    "general assembly",
    "assemblée générale",
    "asamblea general",
    "генеральной ассамблеи",
    "генеральная ассамблея",
    "الجمعية العامة",
    "大会"
  };

  private static final String[] ECOSOC = {
    "economic and social council",
    "conseil économique et social",
    "consejo económico y social",
    "экономического и социального совета",
    "экономический и социальный совет",
    "المجلس الاقتصادي والاجتماعي",
    "经济及社会理事会",
    "经社理事会"
  };

  /** Who adopted a cited resolution or decision, as far as the words around it tell. */
  private enum Issuer {
    UNKNOWN,
    GENERAL_ASSEMBLY,
    HUMAN_RIGHTS_COUNCIL,
    ECONOMIC_AND_SOCIAL_COUNCIL,
    COMMISSION_ON_HUMAN_RIGHTS
  }

  private Citations() {}

  /**
   * Every citation in {@code text}, in order, each (text, symbol) pair once, leaving out the
   * document's own symbols (its running headers are no citations).
   */
  public static List<Citation> find(String text, Collection<String> own) {
    return find(text, own, null);
  }

  /**
   * As {@link #find(String, Collection)}, in a document of {@code issuingBody} (an English
   * canonical name, or null): "its resolutions" ({@code свои резолюции}, {@code قراريه}, {@code
   * 其第…号决议}, or {@code 理事会} in a council's document) are that body's.
   */
  public static List<Citation> find(String text, Collection<String> own, String issuingBody) {
    Scan scan = new Scan(text, issuerOf(issuingBody));
    // The list pattern is tried only where a keyword stem occurs: scanning every position of a long
    // document with a case-insensitive alternation costs more than everything else together, and
    // the JDK's vectorised indexOf finds the stems far faster than a look at every character.
    Matcher list = KEYWORD_LIST.matcher(text);
    for (int start : keywordStarts(text)) {
      list.region(start, Math.min(text.length(), start + LIST_REACH));
      if (list.lookingAt() && !locatesInCitedDocument(text, start)) {
        scan.addList(list);
      }
    }
    // Every Chinese citation opens with 第: one vectorised search instead of a look at every char.
    if (text.indexOf('第') >= 0) {
      Matcher chinese = CHINESE.matcher(text);
      while (chinese.find()) {
        scan.addChinese(chinese);
      }
    }
    Set<Citation> found = scan.found;
    Matcher symbol = SYMBOL.matcher(text);
    // Documents repeat the symbols they cite; each is normalised once.
    Map<String, String> normalisedOnce = new HashMap<>();
    for (int start : symbolStarts(text)) {
      symbol.region(start, Math.min(text.length(), start + 120));
      if (!symbol.lookingAt()) {
        continue;
      }
      String printed = trimSentenceEnd(symbol.group());
      for (String part : JOINT.split(printed)) {
        String normalised =
            hasDigit(part)
                ? normalisedOnce.computeIfAbsent(part, p -> Symbols.normalised(p))
                : null;
        if (normalised != null && !own.contains(normalised)) {
          found.add(new Citation(printed, normalised));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The citations of one text as they are found, and the issuer each cited number was attributed
   * to: a number cited again without its issuer ("the report requested in resolution 42/3") is the
   * same text.
   */
  private static final class Scan {
    final String text;
    final Issuer own;
    final Set<Citation> found = new LinkedHashSet<>();
    final Map<String, Issuer> attributed = new HashMap<>();
    int chineseEnd = -1;
    Issuer chineseIssuer = Issuer.UNKNOWN;

    Scan(String text, Issuer own) {
      this.text = text;
      this.own = own;
    }

    void addList(Matcher list) {
      String keyword = list.group("kw").toLowerCase(Locale.ROOT);
      boolean decision =
          keyword.startsWith("deci")
              || keyword.startsWith("déci")
              || keyword.startsWith("решени")
              || keyword.contains("مقرر");
      Issuer issuer = issuerNamed(list.group("inline"));
      if (issuer == Issuer.UNKNOWN && list.group("named") != null) {
        // "las resoluciones del Consejo de Derechos Humanos 7/22 y 15/9"
        issuer = startingWith(Texts.collapseSpaces(list.group("named").toLowerCase(Locale.ROOT)));
      }
      if (issuer == Issuer.UNKNOWN && (isArabicPossessive(keyword) || ownBefore(list.start()))) {
        issuer = own;
      }
      if (issuer == Issuer.UNKNOWN) {
        issuer = issuerAround(text, list.start(), list.end(), own);
      }
      Matcher item = ITEM_PATTERN.matcher(text);
      item.region(list.start("items"), list.end("items"));
      boolean first = true;
      while (item.find()) {
        String symbol = symbolOf(item, decision, issuer);
        int from = first ? list.start() : item.start();
        String printed = text.substring(from, item.end());
        found.add(new Citation(Texts.collapseSpaces(printed), symbol));
        first = false;
      }
    }

    void addChinese(Matcher chain) {
      boolean decision = "决定".equals(chain.group(1));
      Issuer issuer = chineseIssuer(chain.start());
      Matcher item = ITEM_PATTERN.matcher(text);
      item.region(chain.start(), chain.end());
      String kind = chain.group(1) == null ? "" : chain.group(1);
      while (item.find()) {
        String symbol = symbolOf(item, decision, issuer);
        found.add(new Citation("第" + item.group() + "号" + kind, symbol));
      }
      chineseEnd = chain.end();
      chineseIssuer = issuer;
    }

    /**
     * The issuer named before a Chinese citation, past the date that may come between ({@code
     * 人权理事会2007年6月18日第5/1号决议}); the previous citation's when only 和 or 、 separates them.
     */
    private Issuer chineseIssuer(int start) {
      int from = Math.max(0, start - 40);
      Matcher date = CHINESE_DATE_BEFORE.matcher(text.substring(from, start));
      int end = date.find() ? from + date.start() : start;
      if (chineseEnd >= 0
          && chineseEnd <= end
          && CHINESE_JOIN_BEFORE.matcher(text.substring(chineseEnd, end)).matches()) {
        return chineseIssuer;
      }
      String trimmed = text.substring(from, end).strip();
      Matcher some = CHINESE_OWN_THEN_SOME.matcher(text.substring(Math.max(0, end - 80), end));
      if (some.find()) {
        return chineseOwner(some.group(1));
      }
      if (trimmed.endsWith("其")) {
        return own;
      }
      Issuer named = endingWith(trimmed);
      if (named == Issuer.UNKNOWN && trimmed.endsWith("理事会") && !trimmed.endsWith("安全理事会")) {
        return chineseOwner("理事会");
      }
      return named;
    }

    /** Who "其" (its), "理事会" (the Council: a council's own document's) or "大会" means. */
    private Issuer chineseOwner(String word) {
      return switch (word) {
        case "其" -> own;
        case "大会" -> Issuer.GENERAL_ASSEMBLY;
        default ->
            own == Issuer.HUMAN_RIGHTS_COUNCIL || own == Issuer.ECONOMIC_AND_SOCIAL_COUNCIL
                ? own
                : Issuer.UNKNOWN;
      };
    }

    private boolean ownBefore(int start) {
      if (own == Issuer.UNKNOWN) {
        return false;
      }
      if (RUSSIAN_OWN.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
        return true;
      }
      String clause = text.substring(Math.max(0, start - 160), start);
      for (Pattern ownThenSome : OWN_THEN_SOME) {
        if (ownThenSome.matcher(clause).find()) {
          return true;
        }
      }
      return false;
    }

    /** The symbol for one cited number, or null when the wording leaves it ambiguous. */
    private String symbolOf(Matcher item, boolean decision, Issuer named) {
      String number = item.group("number");
      String year = item.group("year");
      String oldSession = item.group("oldSession");
      if (year != null) {
        return decision ? null : "S/RES/" + number + " (" + year + ")";
      }
      if (oldSession != null) {
        // The symbol's form (Symbol): the part's letter, then one space before the parenthesis,
        // A/RES/2625 (XXV), A/RES/217 A (III).
        String part = item.group("oldPart") == null ? "" : " " + latinPart(item.group("oldPart"));
        return decision ? null : "A/RES/" + number + part + " (" + romanSession(oldSession) + ")";
      }
      String part = item.group("part") == null ? "" : " " + latinPart(item.group("part"));
      String suffix = number + "/" + item.group("serial") + part;
      String key = (decision ? "d " : "r ") + suffix;
      Issuer issuer = named;
      if (issuer == Issuer.UNKNOWN) {
        issuer = attributed.getOrDefault(key, Issuer.UNKNOWN);
      } else {
        attributed.putIfAbsent(key, issuer);
      }
      if (issuer == Issuer.HUMAN_RIGHTS_COUNCIL) {
        return (decision ? "A/HRC/DEC/" : "A/HRC/RES/") + suffix;
      }
      if (issuer == Issuer.COMMISSION_ON_HUMAN_RIGHTS) {
        return (decision ? "E/CN.4/DEC/" : "E/CN.4/RES/") + suffix;
      }
      // The Economic and Social Council numbers its resolutions by year: 1996/31.
      if (issuer == Issuer.ECONOMIC_AND_SOCIAL_COUNCIL || number.length() == 4) {
        return (decision ? "E/DEC/" : "E/RES/") + suffix;
      }
      return decision ? null : "A/RES/" + suffix;
    }
  }

  /** Whether the keyword at {@code start} follows a cited symbol and a comma. */
  private static boolean locatesInCitedDocument(String text, int start) {
    return text.lastIndexOf('/', start) > start - 60
        && SYMBOL_THEN_COMMA.matcher(text.substring(Math.max(0, start - 60), start)).find();
  }

  /** Starts of the words containing a keyword stem, in text order, each once. */
  private static int[] keywordStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    for (String stem : KEYWORD_STEMS) {
      for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length())) {
        int start = at;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
          start--;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
      }
    }
    Arrays.sort(starts, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || starts[i] != starts[distinct - 1]) {
        starts[distinct++] = starts[i];
      }
    }
    return Arrays.copyOf(starts, distinct);
  }

  /** Starts of the slash-separated tokens that may be symbols, in text order, each once. */
  private static List<Integer> symbolStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    int last = -1;
    for (int at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
      int start = at;
      while (start > 0 && isSymbolChar(text.charAt(start - 1))) {
        start--;
      }
      if (start > last && start < at) {
        starts.add(start);
        last = start;
      }
    }
    return starts;
  }

  private static boolean isSymbolChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '/';
  }

  /**
   * Whose resolutions a document of {@code body} cites as "its resolutions" or a bare "Council
   * resolution": a committee's or subsidiary body's are its parent's.
   */
  private static Issuer issuerOf(String body) {
    Body named = body == null ? null : Body.fromName(body).orElse(null);
    if (named == null) {
      return Issuer.UNKNOWN;
    }
    return switch (named) {
      case HUMAN_RIGHTS_COUNCIL,
          HUMAN_RIGHTS_COUNCIL_ADVISORY_COMMITTEE,
          UNIVERSAL_PERIODIC_REVIEW_WORKING_GROUP ->
          Issuer.HUMAN_RIGHTS_COUNCIL;
      case GENERAL_ASSEMBLY,
          FIRST_COMMITTEE,
          SECOND_COMMITTEE,
          THIRD_COMMITTEE,
          FOURTH_COMMITTEE,
          FIFTH_COMMITTEE,
          SIXTH_COMMITTEE ->
          Issuer.GENERAL_ASSEMBLY;
      case ECONOMIC_AND_SOCIAL_COUNCIL -> Issuer.ECONOMIC_AND_SOCIAL_COUNCIL;
      case COMMISSION_ON_HUMAN_RIGHTS -> Issuer.COMMISSION_ON_HUMAN_RIGHTS;
      default -> Issuer.UNKNOWN;
    };
  }

  /** An Arabic keyword with a possessive ending: {@code قراره}, {@code قراريه}, {@code مقررها}. */
  private static boolean isArabicPossessive(String keyword) {
    return !keyword.isEmpty()
        && keyword.charAt(0) >= '\u0600'
        && keyword.charAt(0) <= '\u06FF'
        && (keyword.endsWith("ه") || keyword.endsWith("ها") || keyword.endsWith("هم"));
  }

  /** A part's letter as the symbol writes it: {@code А} (Cyrillic) and {@code ألف} are A. */
  private static String latinPart(String part) {
    int arabic = ARABIC_PARTS.indexOf(part);
    if (arabic >= 0) {
      return String.valueOf((char) ('A' + arabic));
    }
    return switch (part) {
      case "А" -> "A";
      case "В" -> "B";
      case "С" -> "C";
      case "Е" -> "E";
      default -> part;
    };
  }

  /** An old session in Roman numerals, Arabic's {@code د-25} written as {@code XXV}. */
  private static String romanSession(String session) {
    if (!session.startsWith("د-")) {
      return session;
    }
    int n = Integer.parseInt(session.substring(2));
    StringBuilder roman = new StringBuilder();
    int[] values = {50, 40, 10, 9, 5, 4, 1};
    String[] numerals = {"L", "XL", "X", "IX", "V", "IV", "I"};
    for (int k = 0; k < values.length; k++) {
      for (; n >= values[k]; n -= values[k]) {
        roman.append(numerals[k]);
      }
    }
    return roman.toString();
  }

  private static Issuer issuerNamed(String name) {
    if (name == null) {
      return Issuer.UNKNOWN;
    }
    return switch (name) {
      case "مجلس حقوق الإنسان" -> Issuer.HUMAN_RIGHTS_COUNCIL;
      case "المجلس الاقتصادي والاجتماعي" -> Issuer.ECONOMIC_AND_SOCIAL_COUNCIL;
      // Security Council resolutions are told by their year in parentheses, not by the name.
      case "مجلس الأمن" -> Issuer.UNKNOWN;
      default -> Issuer.GENERAL_ASSEMBLY;
    };
  }

  /**
   * The body named just before the keyword or just after the numbers ("… of the Council"); {@code
   * own} where the words point to the document's own body ("its resolution", "Council resolution").
   */
  private static Issuer issuerAround(String text, int start, int end, Issuer own) {
    String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT).strip();
    Issuer issuer = endingWith(before);
    if (issuer != Issuer.UNKNOWN) {
      return issuer;
    }
    if (own != Issuer.UNKNOWN && OWN_BEFORE.matcher(before).find()) {
      // "the General Assembly, in its resolution": the body just named, else the document's own.
      Issuer named = lastNamed(before);
      return named != Issuer.UNKNOWN ? named : own;
    }
    String after = text.substring(end, Math.min(text.length(), end + 80)).toLowerCase(Locale.ROOT);
    // "15/9 du 30 septembre 2010 du Conseil des droits de l'homme": the body after the last date.
    Matcher date = LEADING_DATE.matcher(after);
    if (date.lookingAt()) {
      after = after.substring(date.end());
    }
    Matcher connector = CONNECTOR.matcher(after);
    String rest = connector.lookingAt() ? after.substring(connector.end()) : after;
    issuer = startingWith(rest);
    return issuer == Issuer.UNKNOWN && own != Issuer.UNKNOWN && OWN_AFTER.matcher(rest).lookingAt()
        ? own
        : issuer;
  }

  /** The body named last in {@code text}, or unknown. */
  private static Issuer lastNamed(String text) {
    Issuer last = Issuer.UNKNOWN;
    int at = -1;
    for (Issuer issuer : Issuer.values()) {
      for (String name : namesOf(issuer)) {
        int found = text.lastIndexOf(name);
        if (found > at) {
          at = found;
          last = issuer;
        }
      }
    }
    return last;
  }

  private static String[] namesOf(Issuer issuer) {
    return switch (issuer) {
      case GENERAL_ASSEMBLY -> GA;
      case HUMAN_RIGHTS_COUNCIL -> HRC;
      case ECONOMIC_AND_SOCIAL_COUNCIL -> ECOSOC;
      case COMMISSION_ON_HUMAN_RIGHTS -> CHR;
      case UNKNOWN -> new String[0];
    };
  }

  private static Issuer endingWith(String before) {
    return named(before, true);
  }

  private static Issuer startingWith(String after) {
    return named(after, false);
  }

  private static Issuer named(String text, boolean atEnd) {
    if (matchesAny(text, HRC, atEnd)) {
      return Issuer.HUMAN_RIGHTS_COUNCIL;
    }
    if (matchesAny(text, ECOSOC, atEnd)) {
      return Issuer.ECONOMIC_AND_SOCIAL_COUNCIL;
    }
    if (matchesAny(text, CHR, atEnd)) {
      return Issuer.COMMISSION_ON_HUMAN_RIGHTS;
    }
    return matchesAny(text, GA, atEnd) ? Issuer.GENERAL_ASSEMBLY : Issuer.UNKNOWN;
  }

  private static boolean matchesAny(String text, String[] names, boolean atEnd) {
    for (String name : names) {
      if (atEnd ? text.endsWith(name) : text.startsWith(name)) {
        return true;
      }
    }
    return false;
  }

  private static String trimSentenceEnd(String symbol) {
    int end = symbol.length();
    while (end > 0 && (symbol.charAt(end - 1) == '.' || symbol.charAt(end - 1) == '-')) {
      end--;
    }
    return symbol.substring(0, end);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
