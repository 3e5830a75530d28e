package org.dossier.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dossier.corpus.Page.Block;
import org.dossier.corpus.Page.Role;
import org.dossier.corpus.Plan.Family;
import org.dossier.corpus.Plan.Reference;
import org.dossier.model.Body;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.Annex;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.DocumentRecord.SessionRef;
import org.dossier.model.Language;
import org.dossier.model.Session;

/**
 * Writes one language version of a planned document: its blocks and the record of what they say.
 * Every random choice is drawn from the plan's content seed in the same order whatever the
 * language, so that the six versions say the same thing sentence by sentence.
 */
final class Composer {
  /** The composed version: its page, its true record (without source) and its invented parts. */
  record Composition(Page page, DocumentRecord truth, Set<String> unverified) {}

  /** {@code substance} variants without a citation, fit for an annex reproduced from a State. */
  private static final int[] ANNEX_SUBSTANCE =
      IntStream.range(0, PhraseBank.of(Language.EN).size("substance"))
          .filter(i -> !PhraseBank.of(Language.EN).get("substance", i).slots().contains("cite"))
          .toArray();

  /** Meeting numbers whose English ordinal ends in "th", so that {@code {n}th} is always right. */
  private static final int[] MEETINGS = {
    4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28, 29, 34, 35, 36, 37,
    38, 39, 44, 45, 46
  };

  private static final Idiom ENGLISH = Idiom.of(Language.EN);
  private static final DateTimeFormatter FOOTER_DATE =
      DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT);

  private final Plan plan;
  private final Body body;
  private final Voice voice;
  private final SplittableRandom random;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<String> footnotes = new ArrayList<>();
  private final List<Block> footnoteBlocks = new ArrayList<>();
  private final Set<String> unverified = new LinkedHashSet<>();
  private Idiom.Title communicationTitle;
  private int citeCursor;
  private int marks;

  private Composer(Plan plan, Language language) {
    this.plan = plan;
    this.body = plan.session().body();
    this.voice = new Voice(plan, language);
    this.random = new SplittableRandom(plan.contentSeed());
  }

  static Composition compose(Plan plan, Language language) {
    return new Composer(plan, language).compose();
  }

  private Composition compose() {
    Language language = voice.language;
    DocumentRecord.Builder truth = DocumentRecord.builder(null);
    String reissueMark = plan.family() == Family.REISSUE ? nextMark() : null;
    masthead(truth);

    String title = title();
    if (plan.family() == Family.ADDENDUM || plan.family() == Family.CORRIGENDUM) {
      add(
          Role.SUBTITLE,
          voice.say(plan.family() == Family.ADDENDUM ? "addendum" : "corrigendum", 0));
    }
    String annexMark = plan.annex() && plan.annexAsReceived() ? nextMark() : null;
    if (plan.family() == Family.CORRIGENDUM) {
      corrigendum();
    } else {
      content(annexMark);
    }
    if (reissueMark != null) {
      footnote(reissueMark, voice.say("reissued", 0, Map.of("date", voice.date(plan.issueDate()))));
    }
    if (annexMark != null) {
      footnote(annexMark, voice.idiom.reproducedAsReceivedNote());
    }
    // Footnotes and the job number close the first page, before the annex.
    blocks.addAll(footnoteBlocks);
    add(Role.FOOTER, footer(plan.jobNumbers().get(language), plan.releaseDates().get(language)));
    if (plan.annex()) {
      truth.addAnnex(annex());
    }

    truth
        .language(language)
        .originalLanguage(plan.original())
        .organ(ENGLISH.organName(body.principalOrgan().orElse(body)))
        .body(ENGLISH.organName(body))
        .distribution(plan.distribution())
        .issueDate(plan.issueDate())
        .docType(plan.type())
        .title(withoutMarks(title))
        .titleDate(plan.titleDate())
        .jobNumber(plan.jobNumbers().get(language));
    if (plan.symbolPrinted()) {
      truth.symbol(plan.symbol()).addSymbol(plan.symbol());
      if (plan.councilSymbol() != null) {
        truth.addSymbol(plan.councilSymbol());
      }
    }
    if (isCommunication()) {
      truth.country(plan.country());
      truth.sender(communicationTitle.sender()).addressee(communicationTitle.addressee());
    } else if (!plan.sponsors().isEmpty()) {
      // A draft is submitted by its sponsors: the State named first is the submitting State.
      truth.country(plan.sponsors().getFirst());
    }
    citations.forEach(truth::addCitation);
    footnotes.forEach(truth::addFootnote);
    return new Composition(new Page(blocks), truth.build(), Set.copyOf(unverified));
  }

  private void masthead(DocumentRecord.Builder truth) {
    Language language = voice.language;
    Idiom idiom = voice.idiom;
    // Arabic, Chinese and Russian mastheads print the date in English (un-conventions §2.1).
    Idiom dates =
        language == Language.AR || language == Language.ZH || language == Language.RU
            ? Idiom.of(Language.EN)
            : idiom;
    Body organ = body.principalOrgan().orElse(body);
    if (random.nextInt(3) == 0) {
      add(Role.ORGANIZATION, voice.say("un", 0));
    }
    boolean joint = plan.councilSymbol() != null;
    if (plan.symbolPrinted()) {
      add(Role.SYMBOL, plan.symbol());
      if (joint) {
        add(Role.SYMBOL, plan.councilSymbol());
      }
    }
    add(Role.ORGAN, idiom.organName(organ));
    if (joint) {
      add(Role.ORGAN, idiom.organName(Body.SECURITY_COUNCIL));
    }
    add(Role.DISTRIBUTION, idiom.distributionLine(plan.distribution()));
    add(Role.DATE, dates.date(plan.issueDate()));
    if (language != plan.original()) {
      add(Role.VERSION_LANGUAGE, idiom.versionLanguageLine());
    }
    add(Role.ORIGINAL, idiom.originalLanguageLine(plan.original()));
    if (organ != body) {
      add(Role.BODY, idiom.organName(body));
    }
    var session = plan.session();
    switch (body) {
      case HUMAN_RIGHTS_COUNCIL -> {
        add(Role.SESSION, idiom.sessionHeading(session.number()));
        add(Role.SESSION_DATES, sessionDates());
        truth.session(new SessionRef(session.number(), session.start(), session.end()));
      }
      case GENERAL_ASSEMBLY -> {
        add(Role.SESSION, idiom.sessionHeading(session.number()));
        if (joint) {
          // The Council's year of activity: its first was 1946.
          add(Role.SESSION, idiom.councilYearHeading(plan.issueDate().getYear() - 1945));
        }
        truth.session(new SessionRef(session.number(), null, null));
      }
      case ECONOMIC_AND_SOCIAL_COUNCIL -> {
        add(Role.SESSION, voice.say("session.year", 0, Map.of("year", session.designation())));
        add(Role.SESSION_DATES, sessionDates());
        truth.session(new SessionRef(session.number(), session.start(), session.end()));
      }
      default -> {}
    }
    if (!plan.agendaItems().isEmpty()) {
      add(Role.AGENDA_HEADING, idiom.agendaHeading(plan.agendaItems(), body));
      for (int i = 0; i < plan.agendaItems().size(); i++) {
        int item = plan.agendaItems().get(i);
        AgendaCatalogue.Title title = AgendaCatalogue.title(body, item, language);
        add(Role.AGENDA_TITLE, title.text());
        truth.addAgendaItem(new AgendaRef(item, title.text()));
        if (!title.attested()) {
          unverified.add("agendaItems[" + i + "].title");
        }
      }
    }
  }

  private String sessionDates() {
    return voice.idiom.dateRange(plan.session().start(), plan.session().end());
  }

  /**
   * Adds the title, with the lines printed around it, and returns it as catalogued: as printed, but
   * a resolution's or decision's without the number printed before it ({@code 37/1. Title}), which
   * is its symbol's (un-conventions §4) and which catalogues leave out.
   */
  private String title() {
    Map<String, String> slots = voice.common;
    String printed =
        switch (plan.type()) {
          case NOTE_VERBALE, LETTER -> {
            communicationTitle =
                voice.idiom.title(
                    plan.type(),
                    plan.titleDate(),
                    plan.country(),
                    plan.station(),
                    plan.addressee());
            yield communicationTitle.text();
          }
          case REPORT -> voice.say("report.title", random.nextInt(3));
          case RESOLUTION, DECISION -> {
            String heading =
                plan.type() == DocType.DECISION ? "decision.heading" : "resolution.heading";
            add(
                Role.PRETITLE,
                voice.say(heading, 0, Map.of("date", voice.date(plan.adoptionDate()))));
            if (body == Body.GENERAL_ASSEMBLY) {
              String draft = "A/" + plan.session().designation() + "/L." + (1 + random.nextInt(90));
              add(Role.PRETITLE, voice.say("resolution.committee", 0, Map.of("symbol", draft)));
            }
            yield plan.citedAs() + ". " + slots.get("topic");
          }
          case DRAFT_RESOLUTION -> {
            String key =
                plan.family() == Family.REVISION ? "draft.heading.revised" : "draft.heading";
            add(Role.PRETITLE, voice.say(key, 0, Map.of("sponsors", voice.sponsors())));
            yield slots.get("topic");
          }
          case NGO_STATEMENT -> {
            String mark = nextMark();
            footnote(mark, voice.say("ngo.footnote", 0));
            yield voice.say("ngo.title", 0, Map.of("mark", mark));
          }
          case AGENDA -> voice.say("agenda.title", 0);
          default -> slots.get("topic");
        };
    add(Role.TITLE, printed);
    if (plan.type() == DocType.NOTE) {
      add(Role.SUBTITLE, voice.say("sgnote.title", noteVariant()));
    }
    return plan.type() == DocType.RESOLUTION || plan.type() == DocType.DECISION
        ? slots.get("topic")
        : printed;
  }

  private int noteVariant() {
    return (int) Math.floorMod(plan.contentSeed(), 2L);
  }

  private void content(String annexMark) {
    switch (plan.type()) {
      case NOTE_VERBALE, LETTER -> communication(annexMark);
      case REPORT -> report();
      case NOTE ->
          add(Role.PARAGRAPH, voice.say("sgnote.para", noteVariant(), Map.of("cite", cite())));
      case RESOLUTION, DECISION, DRAFT_RESOLUTION -> resolution();
      case NGO_STATEMENT -> ngoStatement();
      case AGENDA -> agenda();
      default -> throw new IllegalStateException("No content written for " + plan.type());
    }
  }

  private void communication(String annexMark) {
    boolean note = plan.type() == DocType.NOTE_VERBALE;
    String kind = note ? "nv" : "letter";
    Map<String, String> slots = new HashMap<>();
    slots.put(
        "thisDoc",
        voice.say(
            "this." + kind + (plan.annex() ? ".annex" : ""),
            0,
            Map.of("mark", annexMark == null ? "" : annexMark)));
    sentence(kind + ".opening", random.nextInt(3), Role.PARAGRAPH, slots);
    for (int variant : distinct(1 + random.nextInt(3), voice.bank.size("substance"))) {
      sentence("substance", variant, Role.PARAGRAPH, slots);
    }
    boolean inSession =
        !plan.agendaItems().isEmpty()
            && (body == Body.HUMAN_RIGHTS_COUNCIL || body == Body.GENERAL_ASSEMBLY);
    sentence(
        kind + ".request." + (inSession ? "session" : "plain"),
        random.nextInt(3),
        Role.PARAGRAPH,
        slots);
    int closing = random.nextInt(4);
    if (note && closing < 2) {
      sentence("nv.closing", closing, Role.PARAGRAPH, slots);
    }
    if (!note) {
      add(Role.SIGNATURE, voice.say("signed", 0));
    }
  }

  private void report() {
    add(Role.HEADING, voice.say("report.summary", 0));
    sentence("report.abstract", 0, Role.PARAGRAPH, Map.of());
    int sections = voice.bank.size("report.heading");
    int paragraphs = voice.bank.size("report.para");
    // Each paragraph is said once: the shuffled variants are dealt out to the sections.
    int[] order = IntStream.range(0, paragraphs).toArray();
    shuffle(order, random);
    int dealt = 0;
    for (int section = 0; section < sections && dealt < paragraphs; section++) {
      if (section > 0 && section < sections - 1 && random.nextBoolean()) {
        continue;
      }
      add(Role.HEADING, voice.sectionNumber(section) + voice.say("report.heading", section));
      for (int i = 1 + random.nextInt(2); i > 0 && dealt < paragraphs; i--) {
        int variant = order[dealt++];
        sentence(
            "report.para", variant, Role.PARAGRAPH, Map.of("number", voice.paragraphNumber(dealt)));
      }
    }
  }

  private void resolution() {
    sentence("preamble", 0, Role.PARAGRAPH, Map.of());
    for (int variant : distinct(1 + random.nextInt(3), voice.bank.size("preamble") - 1)) {
      sentence("preamble", variant + 1, Role.PARAGRAPH, Map.of());
    }
    int operative = voice.bank.size("operative");
    int number = 0;
    for (int variant : distinct(1 + random.nextInt(3), operative - 1)) {
      sentence(
          "operative", variant, Role.PARAGRAPH, Map.of("number", voice.paragraphNumber(++number)));
    }
    sentence(
        "operative",
        operative - 1,
        Role.PARAGRAPH,
        Map.of("number", voice.paragraphNumber(++number)));
    if (plan.type() == DocType.RESOLUTION || plan.type() == DocType.DECISION) {
      int meeting = MEETINGS[random.nextInt(MEETINGS.length)];
      int yes = 20 + random.nextInt(16);
      int no = random.nextInt(Math.min(16, 47 - yes));
      int abstentions = 47 - yes - no;
      add(Role.PARAGRAPH, voice.say("meeting", 0, Map.of("n", Integer.toString(meeting))));
      add(Role.PARAGRAPH, voice.date(plan.adoptionDate()));
      add(
          Role.PARAGRAPH,
          voice.say(
              "adopted",
              random.nextInt(3) == 0 ? 1 : 0,
              Map.of(
                  "yes", Integer.toString(yes),
                  "no", Integer.toString(no),
                  "abstentions", Integer.toString(abstentions))));
    }
  }

  private void ngoStatement() {
    sentence("ngo.intro", 0, Role.PARAGRAPH, Map.of());
    add(Role.HEADING, voice.common.get("topic"));
    for (int variant : distinct(2 + random.nextInt(3), voice.bank.size("ngo.para"))) {
      sentence("ngo.para", variant, Role.PARAGRAPH, Map.of());
    }
  }

  private void agenda() {
    for (int item : AgendaCatalogue.items(body)) {
      AgendaCatalogue.Title title = AgendaCatalogue.title(body, item, voice.language);
      add(Role.PARAGRAPH, voice.paragraphNumber(item) + title.text());
    }
  }

  private void corrigendum() {
    LocalDate wrong = plan.issueDate().minusDays(10 + random.nextInt(200));
    add(
        Role.PARAGRAPH,
        voice.say("corr.para", 0, Map.of("n", Integer.toString(1 + random.nextInt(40)))));
    add(
        Role.PARAGRAPH,
        voice.say(
            "corr.para",
            1,
            Map.of("wrong", voice.date(wrong), "right", voice.date(wrong.plusDays(1)))));
  }

  private Annex annex() {
    Language annexLanguage = plan.annexAsReceived() ? plan.original() : voice.language;
    Voice annexVoice = annexLanguage == voice.language ? voice : new Voice(plan, annexLanguage);
    SplittableRandom annexRandom = new SplittableRandom(~plan.contentSeed());
    String kind = plan.type() == DocType.NOTE_VERBALE ? "nv" : "letter";
    String title =
        annexVoice.say(
            "annex.title." + kind,
            0,
            Map.of(
                "date", annexVoice.date(plan.titleDate()),
                "sender", annexVoice.say("annex.sender." + kind + "." + plan.station(), 0),
                "recipient", annexVoice.say("annex.addressee." + plan.addressee(), 0)));
    add(Role.ANNEX_TITLE, title);
    add(Role.ANNEX_HEADING, annexVoice.say("annex.heading", annexRandom.nextInt(3)));
    int[] variants = ANNEX_SUBSTANCE.clone();
    shuffle(variants, annexRandom);
    int count = 2 + annexRandom.nextInt(3);
    for (int i = 0; i < count; i++) {
      int variant = variants[i];
      LocalDate date = plan.titleDate().minusDays(annexRandom.nextInt(30));
      add(
          Role.ANNEX_PARAGRAPH,
          annexVoice.say("substance", variant, Map.of("date", annexVoice.date(date))));
    }
    return new Annex(title, annexLanguage, plan.annexAsReceived());
  }

  /** Writes one sentence of the bank; its date and citation are drawn whatever the language. */
  private void sentence(String key, int variant, Role role, Map<String, String> extra) {
    LocalDate date = plan.issueDate().minusDays(5 + random.nextInt(60));
    Map<String, String> slots = new HashMap<>(extra);
    slots.put("date", voice.date(date));
    if (voice.bank.get(key, variant).slots().contains("cite")) {
      slots.put("cite", cite());
    }
    String text = voice.say(key, variant, slots);
    String number = extra.get("number");
    add(role, number == null ? text : number + text);
  }

  /** The next reference, written in this language; its spans become the record's citations. */
  private String cite() {
    Reference reference = plan.references().get(citeCursor++ % plan.references().size());
    Map<String, String> slots = new HashMap<>();
    slots.put("n", reference.numbers().getFirst());
    slots.put("symbol", reference.symbols().getFirst());
    if (reference.numbers().size() > 1) {
      slots.put("m", reference.numbers().get(1));
    }
    String marked = voice.say(reference.key(), 0, slots);
    StringBuilder text = new StringBuilder();
    int from = 0;
    int span = 0;
    for (int open = marked.indexOf("[["); open >= 0; open = marked.indexOf("[[", from)) {
      int close = marked.indexOf("]]", open);
      text.append(marked, from, open);
      String cited = marked.substring(open + 2, close);
      text.append(cited);
      citations.add(new Citation(cited, reference.symbols().get(span++)));
      from = close + 2;
    }
    return text.append(marked, from, marked.length()).toString();
  }

  /**
   * The first-page footer: the job number, then as printed in New York and Geneva alike none, one
   * or two dates ({@code DDMMYY}, the first the publication date) and sometimes the bar code that
   * repeats the number ({@code GE.20-05678(E) 200620 *2005678*}). Which, is fixed by the number.
   */
  private static String footer(String jobNumber, LocalDate released) {
    String digits = jobNumber.replaceAll("\\D", "");
    int style = Math.floorMod(Integer.parseInt(digits.substring(digits.length() - 2)), 4);
    StringBuilder footer = new StringBuilder(jobNumber);
    if (style > 0) {
      footer.append("  ").append(released.format(FOOTER_DATE));
    }
    if (style == 2) {
      footer.append(' ').append(released.minusDays(1).format(FOOTER_DATE));
    }
    if (style == 3) {
      footer.append("  *").append(digits).append('*');
    }
    return footer.toString();
  }

  private String nextMark() {
    return "*".repeat(++marks);
  }

  private void footnote(String mark, String text) {
    footnotes.add(text);
    footnoteBlocks.add(new Block(Role.FOOTNOTE, mark + " " + text));
  }

  private boolean isCommunication() {
    return plan.type() == DocType.NOTE_VERBALE || plan.type() == DocType.LETTER;
  }

  private void add(Role role, String text) {
    blocks.add(new Block(role, text));
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  /** {@code count} distinct variant indices below {@code size}, in ascending order. */
  private int[] distinct(int count, int size) {
    boolean[] chosen = new boolean[size];
    int left = Math.min(count, size);
    while (left > 0) {
      int index = random.nextInt(size);
      if (!chosen[index]) {
        chosen[index] = true;
        left--;
      }
    }
    return IntStream.range(0, size).filter(i -> chosen[i]).toArray();
  }

  private static String withoutMarks(String title) {
    return title.replace("*", "").replace("  ", " ").strip();
  }

  /** One language's phrase bank and conventions, with the slots every sentence may use. */
  private static final class Voice {
    private static final String[] ROMAN = {"I. ", "II. ", "III. ", "IV. ", "V. "};
    private static final String[] ARABIC = {
      "أولا - ", "ثانيا - ", "ثالثا - ", "رابعا - ", "خامسا - "
    };
    private static final String[] CHINESE = {"一. ", "二. ", "三. ", "四. ", "五. "};

    final Language language;
    final PhraseBank bank;
    final Idiom idiom;
    final Map<String, String> common = new HashMap<>();
    private final Plan plan;

    Voice(Plan plan, Language language) {
      this.plan = plan;
      this.language = language;
      this.bank = PhraseBank.of(language);
      this.idiom = Idiom.of(language);
      Body body = plan.session().body();
      common.put("topic", bank.fill("topic.title", plan.topic(), Map.of()));
      common.put("about", bank.fill("topic.about", plan.topic(), Map.of()));
      common.put("of", bank.fill("of." + body.name(), 0, Map.of()));
      common.put("toBody", bank.fill("to." + body.name(), 0, Map.of()));
      common.put("by", bank.fill("by." + body.name(), 0, Map.of()));
      if (plan.ngo() >= 0) {
        common.put("ngo", bank.fill("ngo.name", plan.ngo(), Map.of()));
        common.put(
            "status", bank.fill("ngo.status", (int) (plan.contentSeed() >>> 1) & 1, Map.of()));
      }
      if (plan.session().kind() == Session.Kind.REGULAR) {
        common.put("session", idiom.sessionReference(plan.session().number()));
      }
      if (!plan.agendaItems().isEmpty()) {
        common.put("agenda", idiom.agendaReference(plan.agendaItems(), body));
      }
      if (plan.country() != null) {
        common.put("ofCountry", idiom.ofCountry(plan.country()));
        common.put("mission", bank.fill("mission." + plan.station(), 0, common));
        common.put("addressee", bank.fill("to." + plan.addressee(), 0, Map.of()));
        common.put(
            "signatory",
            bank.fill(
                "signatory",
                (int) Math.floorMod(plan.contentSeed() >>> 8, (long) bank.size("signatory")),
                Map.of()));
        Map<String, String> enclosure = new HashMap<>(common);
        enclosure.put("date", date(plan.titleDate().minusDays(1)));
        int variant = (int) Math.floorMod(plan.contentSeed() >>> 16, (long) bank.size("enclosure"));
        common.put("enclosure", bank.fill("enclosure", variant, enclosure));
      }
    }

    String say(String key, int variant) {
      return bank.fill(key, variant, common);
    }

    String say(String key, int variant, Map<String, String> slots) {
      return bank.fill(key, variant, slots, common);
    }

    String date(LocalDate date) {
      return idiom.date(date);
    }

    String sponsors() {
      List<String> names = plan.sponsors().stream().map(idiom::countryName).toList();
      if (names.size() == 1) {
        return names.getFirst();
      }
      String separator =
          switch (language) {
            case ZH -> "、";
            case AR -> "، ";
            default -> ", ";
          };
      return bank.fill(
          "list",
          0,
          Map.of(
              "first", String.join(separator, names.subList(0, names.size() - 1)),
              "last", names.getLast()));
    }

    String sectionNumber(int section) {
      return switch (language) {
        case AR -> ARABIC[section];
        case ZH -> CHINESE[section];
        default -> ROMAN[section];
      };
    }

    String paragraphNumber(int number) {
      return language == Language.AR ? number + " - " : number + ". ";
    }
  }
}
