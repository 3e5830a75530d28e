package org.dossier.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.dossier.corpus.Plan.Addressee;
import org.dossier.corpus.Plan.Family;
import org.dossier.corpus.Plan.Reference;
import org.dossier.corpus.Plan.Station;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.model.Session;

/**
 * Plans documents one after the other from a seed: picks body, session, type and dates, assigns the
 * next symbol of the series and the next job numbers, and now and then makes a document an
 * addendum, corrigendum, revision or reissue of an earlier one, or lets it cite earlier ones. Not
 * thread-safe: one planner feeds one stream.
 */
final class Planner {
  /** How many earlier base documents stay available for families and citations. */
  private static final int REMEMBERED = 2_000;

  private static final double FAMILY_SHARE = 0.12;

  /** Resolutions everyone cites, as the phrase banks write them. */
  private static final List<Reference> WELL_KNOWN =
      List.of(
          reference("cite.GENERAL_ASSEMBLY", "60/251", "A/RES/60/251"),
          reference("cite.GENERAL_ASSEMBLY", "48/141", "A/RES/48/141"),
          reference("cite.HUMAN_RIGHTS_COUNCIL", "5/1", "A/HRC/RES/5/1"),
          reference("cite.HUMAN_RIGHTS_COUNCIL", "16/21", "A/HRC/RES/16/21"),
          reference("cite.SECURITY_COUNCIL", "1325 (2000)", "S/RES/1325 (2000)"),
          new Reference(
              "cite.SECURITY_COUNCIL.pair",
              List.of("822 (1993)", "853 (1993)"),
              List.of("S/RES/822 (1993)", "S/RES/853 (1993)")));

  /** The resolution under which NGO written statements are circulated. */
  private static final Reference NGO_STATUS_RESOLUTION =
      reference("cite.ECONOMIC_AND_SOCIAL_COUNCIL", "1996/31", "E/RES/1996/31");

  /** Number of the Security Council's first resolution of each year from 2018. */
  private static final int[] FIRST_SC_RESOLUTION = {2397, 2451, 2504, 2560, 2619};

  private final SplittableRandom random;
  private final Map<Body, List<Session>> sessions = new EnumMap<>(Body.class);
  private final Map<String, Integer> lastNumber = new HashMap<>();
  private final Map<String, Integer> lastJobNumber = new HashMap<>();
  private final Map<String, Integer> lastModifier = new HashMap<>();
  private final Set<String> reissued = new HashSet<>();
  private final List<Plan> bases = new ArrayList<>();

  Planner(long seed) {
    random = new SplittableRandom(seed);
    for (Session session : SessionCalendar.all()) {
      sessions.computeIfAbsent(session.body(), b -> new ArrayList<>()).add(session);
    }
  }

  Plan next() {
    Plan plan =
        !bases.isEmpty() && random.nextDouble() < FAMILY_SHARE ? familyMember() : baseDocument();
    if (plan.family() == Family.BASE) {
      if (bases.size() == REMEMBERED) {
        bases.set(random.nextInt(REMEMBERED), plan);
      } else {
        bases.add(plan);
      }
    }
    return plan;
  }

  private Plan baseDocument() {
    Body body = pickBody();
    List<Session> ofBody = sessions.get(body);
    Session session = ofBody.get(random.nextInt(ofBody.size()));
    DocType type = pickType(body, session);
    String country = null;
    Language original;
    List<String> sponsors = List.of();
    int ngo = -1;
    boolean communication = type == DocType.NOTE_VERBALE || type == DocType.LETTER;
    if (communication) {
      Countries.Country sender = Countries.ALL.get(random.nextInt(Countries.ALL.size()));
      country = sender.alpha3();
      original = sender.languages().get(random.nextInt(sender.languages().size()));
    } else if (type == DocType.NGO_STATEMENT) {
      ngo = random.nextInt(PhraseBank.of(Language.EN).size("ngo.name"));
      original = pick(Language.EN, Language.EN, Language.EN, Language.FR, Language.ES);
    } else {
      original = random.nextInt(10) == 0 ? pick(Language.FR, Language.ES) : Language.EN;
      if (type == DocType.DRAFT_RESOLUTION) {
        sponsors = sponsors();
      }
    }

    LocalDate issue;
    LocalDate titleDate = null;
    LocalDate adoption = null;
    boolean adopted = type == DocType.RESOLUTION || type == DocType.DECISION;
    if (adopted) {
      adoption = dayBetween(session.start(), session.end());
      issue = adoption.plusDays(3 + random.nextInt(23));
    } else {
      LocalDate last =
          body == Body.HUMAN_RIGHTS_COUNCIL ? session.end().plusDays(45) : session.end();
      issue = dayBetween(session.start(), last);
      if (communication) {
        titleDate = issue.minusDays(3 + random.nextInt(38));
      }
    }

    String symbol = nextSymbol(body, session, type, issue);
    // Letters to the Secretary-General and the Council's President are often circulated jointly.
    boolean joint =
        body == Body.GENERAL_ASSEMBLY && type == DocType.LETTER && random.nextInt(3) == 0;
    String councilSymbol = joint ? numbered("S/" + issue.getYear() + "/", 10) : null;
    String citedAs = adopted ? citedAs(body, session, symbol) : null;
    Distribution distribution = distribution(symbol);
    boolean annex = communication && random.nextInt(10) < 6;
    return new Plan(
        session,
        type,
        symbol,
        null,
        councilSymbol,
        Family.BASE,
        random.nextInt(100) < 85,
        distribution,
        original,
        country,
        joint
            ? Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL
            : communication ? addressee(body, type) : null,
        body == Body.HUMAN_RIGHTS_COUNCIL ? Station.GENEVA : Station.NEW_YORK,
        agendaItems(body, type),
        titleDate,
        adoption,
        issue,
        citedAs,
        random.nextInt(PhraseBank.of(Language.EN).size("topic.title")),
        references(type),
        sponsors,
        ngo,
        annex,
        annex && random.nextBoolean(),
        jobNumbers(body, issue),
        releaseDates(issue, original),
        random.nextLong());
  }

  private Plan familyMember() {
    Plan base = bases.get(random.nextInt(bases.size()));
    Family family = pickFamily(base);
    String symbol;
    if (family == Family.REISSUE) {
      reissued.add(base.symbol());
      symbol = base.symbol() + "*";
    } else {
      String modifier =
          switch (family) {
            case ADDENDUM -> "Add.";
            case REVISION -> "Rev.";
            default -> "Corr.";
          };
      int number = lastModifier.merge(base.symbol() + "/" + modifier, 1, Integer::sum);
      symbol = base.symbol() + "/" + modifier + number;
    }
    LocalDate issue = base.issueDate().plusDays(5 + random.nextInt(56));
    boolean keepsText = family == Family.REISSUE;
    return new Plan(
        base.session(),
        base.type(),
        symbol,
        base.symbol(),
        base.councilSymbol() == null
            ? null
            : base.councilSymbol() + symbol.substring(base.symbol().length()),
        family,
        true,
        base.distribution(),
        base.original(),
        base.country(),
        base.addressee(),
        base.station(),
        base.agendaItems(),
        base.titleDate(),
        base.adoptionDate(),
        issue,
        base.citedAs(),
        base.topic(),
        base.references(),
        base.sponsors(),
        base.ngo(),
        keepsText && base.annex(),
        keepsText && base.annexAsReceived(),
        jobNumbers(base.session().body(), issue),
        releaseDates(issue, base.original()),
        keepsText ? base.contentSeed() : random.nextLong());
  }

  private Family pickFamily(Plan base) {
    return switch (base.type()) {
      case REPORT, NOTE, AGENDA -> random.nextBoolean() ? Family.ADDENDUM : Family.CORRIGENDUM;
      case DRAFT_RESOLUTION -> random.nextInt(3) < 2 ? Family.REVISION : Family.CORRIGENDUM;
      case NOTE_VERBALE, LETTER, NGO_STATEMENT ->
          random.nextInt(3) == 0 && !reissued.contains(base.symbol())
              ? Family.REISSUE
              : Family.CORRIGENDUM;
      default -> Family.CORRIGENDUM;
    };
  }

  private Body pickBody() {
    int roll = random.nextInt(100);
    if (roll < 55) {
      return Body.HUMAN_RIGHTS_COUNCIL;
    }
    if (roll < 75) {
      return Body.GENERAL_ASSEMBLY;
    }
    return roll < 87 ? Body.SECURITY_COUNCIL : Body.ECONOMIC_AND_SOCIAL_COUNCIL;
  }

  private DocType pickType(Body body, Session session) {
    DocType[] types =
        switch (body) {
          case HUMAN_RIGHTS_COUNCIL ->
              new DocType[] {
                DocType.NOTE_VERBALE,
                DocType.NOTE_VERBALE,
                DocType.NOTE_VERBALE,
                DocType.LETTER,
                DocType.REPORT,
                DocType.REPORT,
                DocType.NOTE,
                DocType.RESOLUTION,
                DocType.DECISION,
                DocType.DRAFT_RESOLUTION,
                DocType.NGO_STATEMENT,
                DocType.NGO_STATEMENT,
                DocType.AGENDA
              };
          case GENERAL_ASSEMBLY ->
              new DocType[] {
                DocType.LETTER, DocType.LETTER, DocType.LETTER, DocType.NOTE_VERBALE,
                DocType.REPORT, DocType.REPORT, DocType.NOTE, DocType.RESOLUTION,
                DocType.DRAFT_RESOLUTION
              };
          case SECURITY_COUNCIL ->
              new DocType[] {
                DocType.LETTER,
                DocType.LETTER,
                DocType.LETTER,
                DocType.LETTER,
                DocType.NOTE_VERBALE,
                DocType.REPORT,
                DocType.RESOLUTION
              };
          default ->
              new DocType[] {
                DocType.LETTER,
                DocType.NOTE_VERBALE,
                DocType.REPORT,
                DocType.REPORT,
                DocType.NOTE,
                DocType.RESOLUTION,
                DocType.DRAFT_RESOLUTION
              };
        };
    DocType type = types[random.nextInt(types.length)];
    // A session has one agenda; once it is written, the slot goes to a report.
    if (type == DocType.AGENDA
        && lastNumber.containsKey(body.series().getFirst() + session.designation() + "/1")) {
      return DocType.REPORT;
    }
    return type;
  }

  private String nextSymbol(Body body, Session session, DocType type, LocalDate issue) {
    String s = session.designation();
    return switch (body) {
      case HUMAN_RIGHTS_COUNCIL ->
          switch (type) {
            case NOTE_VERBALE, LETTER -> numbered("A/HRC/" + s + "/G/", 1);
            case RESOLUTION -> numbered("A/HRC/RES/" + s + "/", 1);
            case DECISION -> numbered("A/HRC/DEC/" + s + "/", 101);
            case DRAFT_RESOLUTION -> numbered("A/HRC/" + s + "/L.", 1);
            case NGO_STATEMENT -> numbered("A/HRC/" + s + "/NGO/", 1);
            case AGENDA -> {
              lastNumber.put("A/HRC/" + s + "/1", 1);
              yield "A/HRC/" + s + "/1";
            }
            default -> numbered("A/HRC/" + s + "/", 2);
          };
      case GENERAL_ASSEMBLY ->
          switch (type) {
            case RESOLUTION -> numbered("A/RES/" + s + "/", 1);
            case DRAFT_RESOLUTION -> numbered("A/" + s + "/L.", 1);
            default -> numbered("A/" + s + "/", 50);
          };
      case SECURITY_COUNCIL -> {
        if (type == DocType.RESOLUTION) {
          int year = session.number();
          String key = "S/RES/(" + year + ")";
          int first = FIRST_SC_RESOLUTION[Math.clamp(year - 2018, 0, 4)];
          int number = lastNumber.merge(key, first, (old, unused) -> old + 1);
          yield "S/RES/" + number + " (" + year + ")";
        }
        yield numbered("S/" + issue.getYear() + "/", 10);
      }
      default ->
          switch (type) {
            case RESOLUTION -> numbered("E/RES/" + s + "/", 1);
            case DRAFT_RESOLUTION -> numbered("E/" + s + "/L.", 1);
            case NOTE ->
                random.nextInt(4) == 0
                    ? numbered("E/" + s + "/R.", 1)
                    : numbered("E/" + s + "/", 1);
            default -> numbered("E/" + s + "/", 1);
          };
    };
  }

  private String numbered(String series, int first) {
    return series + lastNumber.merge(series, first, (old, unused) -> old + 1);
  }

  private static String citedAs(Body body, Session session, String symbol) {
    return body == Body.SECURITY_COUNCIL
        ? symbol.substring("S/RES/".length())
        : session.designation() + "/" + symbol.substring(symbol.lastIndexOf('/') + 1);
  }

  private static Distribution distribution(String symbol) {
    String last = symbol.substring(symbol.lastIndexOf('/') + 1);
    if (last.startsWith("L.")) {
      return Distribution.LIMITED;
    }
    return last.startsWith("R.") ? Distribution.RESTRICTED : Distribution.GENERAL;
  }

  private Addressee addressee(Body body, DocType type) {
    if (body != Body.HUMAN_RIGHTS_COUNCIL) {
      return Addressee.SECRETARY_GENERAL;
    }
    if (type == DocType.NOTE_VERBALE) {
      return random.nextInt(10) < 9
          ? Addressee.HIGH_COMMISSIONER_OFFICE
          : Addressee.PRESIDENT_OF_THE_COUNCIL;
    }
    return random.nextInt(10) < 6
        ? Addressee.PRESIDENT_OF_THE_COUNCIL
        : Addressee.SECRETARY_GENERAL;
  }

  private List<Integer> agendaItems(Body body, DocType type) {
    List<Integer> known = AgendaCatalogue.items(body);
    if (known.isEmpty()) {
      return List.of();
    }
    if (type == DocType.AGENDA) {
      return List.of(1);
    }
    int first;
    if (body == Body.HUMAN_RIGHTS_COUNCIL) {
      // Items 3 and 4 carry most of the Council's documents; item 1 is procedural.
      first = random.nextInt(3) == 0 ? pick(3, 4) : 2 + random.nextInt(known.size() - 1);
    } else {
      first = known.get(random.nextInt(known.size()));
    }
    if (random.nextInt(20) == 0) {
      int second = known.get(random.nextInt(known.size()));
      if (second > first) {
        return List.of(first, second);
      }
    }
    return List.of(first);
  }

  private List<String> sponsors() {
    int count = 1 + random.nextInt(4);
    List<String> sponsors = new ArrayList<>();
    while (sponsors.size() < count) {
      String alpha3 = Countries.ALL.get(random.nextInt(Countries.ALL.size())).alpha3();
      if (!sponsors.contains(alpha3)) {
        sponsors.add(alpha3);
      }
    }
    return List.copyOf(sponsors);
  }

  private List<Reference> references(DocType type) {
    List<Reference> references = new ArrayList<>();
    if (type == DocType.NGO_STATEMENT) {
      references.add(NGO_STATUS_RESOLUTION);
    }
    int count = 1 + random.nextInt(3);
    while (references.size() < count) {
      if (bases.isEmpty() || random.nextBoolean()) {
        references.add(WELL_KNOWN.get(random.nextInt(WELL_KNOWN.size())));
      } else {
        Plan cited = bases.get(random.nextInt(bases.size()));
        references.add(
            cited.type() == DocType.RESOLUTION
                ? reference(
                    "cite." + cited.session().body().name(), cited.citedAs(), cited.symbol())
                : reference("cite.document", cited.symbol(), cited.symbol()));
      }
    }
    return List.copyOf(references);
  }

  /**
   * The job number of each language version (un-conventions §1.4). A duty station numbers the jobs
   * of a year in one sequence and each language version is a job of its own, numbered as it enters
   * processing: the six numbers of a document are near each other (A/65/L.78: {@code 11-37476 (E)},
   * {@code 11-37474 (A)}) but in no fixed language order, now and then with another job between
   * them. New York prints {@code 20-05678 (E)}, Geneva {@code GE.20-05678(E)}, now and then with a
   * space before the letter.
   */
  private Map<Language, String> jobNumbers(Body body, LocalDate issue) {
    boolean geneva = body == Body.HUMAN_RIGHTS_COUNCIL;
    int year = issue.getYear() % 100;
    String prefix = (geneva ? "GE." : "") + (year < 10 ? "0" : "") + year + "-";
    String beforeLetter = !geneva || random.nextInt(4) == 0 ? " (" : "(";
    List<Language> order = new ArrayList<>(List.of(Language.values()));
    for (int i = order.size() - 1; i > 0; i--) {
      order.set(i, order.set(random.nextInt(i + 1), order.get(i)));
    }
    Map<Language, String> jobs = new EnumMap<>(Language.class);
    for (Language language : order) {
      // Registered as one batch, so mostly consecutive; now and then another job comes between.
      int gap = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
      int number =
          lastJobNumber.merge(prefix, 1_000 + random.nextInt(9_000), (last, unused) -> last + gap);
      String digits = Integer.toString(number);
      jobs.put(
          language,
          prefix
              + "0".repeat(Math.max(0, 5 - digits.length()))
              + digits
              + beforeLetter
              + jobLetter(language)
              + ")");
    }
    return jobs;
  }

  private Map<Language, LocalDate> releaseDates(LocalDate issue, Language original) {
    Map<Language, LocalDate> dates = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      dates.put(
          language,
          issue.plusDays(language == original ? random.nextInt(4) : 3 + random.nextInt(23)));
    }
    return dates;
  }

  /** The letter of a language in job numbers (un-conventions §1.4). */
  static String jobLetter(Language language) {
    return switch (language) {
      case AR -> "A";
      case ZH -> "C";
      case EN -> "E";
      case FR -> "F";
      case RU -> "R";
      case ES -> "S";
    };
  }

  private LocalDate dayBetween(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static Reference reference(String key, String number, String symbol) {
    return new Reference(key, List.of(number), List.of(symbol));
  }
}
