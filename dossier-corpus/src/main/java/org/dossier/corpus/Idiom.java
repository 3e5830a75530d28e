package org.dossier.corpus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.corpus.Plan.Addressee;
import org.dossier.corpus.Plan.Station;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * How one language writes the recurring parts of a document — dates, masthead lines, session and
 * agenda headings, State names, the titles of communications — from the generator's own tables (the
 * phrase bank's masthead keys, {@code ordinals.tsv}, {@code countries.tsv}). It shares no code or
 * table with dossier-lang, whose conventions the parser reads with, so that what the generator
 * records as true is independent evidence. Thread-safe.
 */
final class Idiom {
  private static final Map<Language, Idiom> IDIOMS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      IDIOMS.put(language, new Idiom(language));
    }
  }

  /**
   * A communication's title as printed, with its sender and addressee as the record gives them: the
   * words after "from" and "addressed to" in English, with the preposition where the language puts
   * it inside the phrase ({@code au Secrétaire général}, {@code إلى الأمين العام}).
   */
  record Title(String text, String sender, String addressee) {}

  private final Language language;
  private final PhraseBank bank;

  private Idiom(Language language) {
    this.language = language;
    this.bank = PhraseBank.of(language);
  }

  static Idiom of(Language language) {
    return IDIOMS.get(language);
  }

  String date(LocalDate date) {
    return say(
        "date",
        0,
        Map.of("d", day(date), "month", month(date), "y", Integer.toString(date.getYear())));
  }

  /** A range sharing the year (and month) where it can; a one-day range is one date. */
  String dateRange(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return date(first);
    }
    String year = Integer.toString(last.getYear());
    if (first.getYear() != last.getYear()) {
      return say("range.years", 0, Map.of("from", date(first), "to", date(last)));
    }
    if (first.getMonth() == last.getMonth()) {
      return say(
          "range.month",
          0,
          Map.of("d1", day(first), "d2", day(last), "month", month(first), "y", year));
    }
    return say(
        "range.year",
        0,
        Map.of(
            "d1", day(first),
            "month1", month(first),
            "d2", day(last),
            "month2", month(last),
            "y", year));
  }

  /** The name the masthead prints for a principal organ or body. */
  String organName(Body body) {
    return say("organ." + body.name(), 0, Map.of());
  }

  String countryName(String alpha3) {
    return Countries.of(alpha3).names().get(language);
  }

  /**
   * The State as the complement of "Permanent Mission": {@code of Azerbaijan}, {@code du Maroc}.
   */
  String ofCountry(String alpha3) {
    return Countries.of(alpha3).ofNames().get(language);
  }

  String sessionHeading(int number) {
    return capitalized(ordinal("session.heading", number, Ordinals.Form.SESSION));
  }

  /** The session as running text names it: {@code the forty-third session}. */
  String sessionReference(int number) {
    return ordinal("session.reference", number, Ordinals.Form.SESSION_OF);
  }

  /** The Security Council's year of activity, printed in a joint masthead. */
  String councilYearHeading(int number) {
    return capitalized(ordinal("council.year", number, Ordinals.Form.YEAR));
  }

  /** The masthead's agenda heading, in the wording of {@code body}'s agenda. */
  String agendaHeading(List<Integer> items, Body body) {
    return agenda("agenda.heading.", items, body);
  }

  /** How running text refers to the items of {@code body}'s agenda. */
  String agendaReference(List<Integer> items, Body body) {
    return agenda("agenda.reference.", items, body);
  }

  String distributionLine(Distribution distribution) {
    return say("distribution." + distribution.name(), 0, Map.of());
  }

  String originalLanguageLine(Language original) {
    return say("original", 0, Map.of("language", say("language." + original.name(), 0, Map.of())));
  }

  String versionLanguageLine() {
    return say("version", 0, Map.of());
  }

  String reproducedAsReceivedNote() {
    return say("as.received", 0, Map.of());
  }

  /** The title of a note verbale or letter; identical letters when two addressees receive one. */
  Title title(DocType type, LocalDate date, String country, Station station, Addressee addressee) {
    String kind = type == DocType.NOTE_VERBALE ? "nv" : "letter";
    String sender =
        say(
            "annex.sender." + kind + "." + station.name(),
            0,
            Map.of("ofCountry", ofCountry(country)));
    String recipient = say("annex.addressee." + addressee.name(), 0, Map.of());
    boolean identical =
        type == DocType.LETTER
            && addressee == Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL;
    String text =
        say(
            identical ? "title.letters" : "title." + kind,
            0,
            Map.of("date", date(date), "sender", sender, "recipient", recipient));
    return new Title(text, sender, recipient);
  }

  private String agenda(String key, List<Integer> items, Body body) {
    // Variants: one item, two items (Arabic dual), more.
    int variant = Math.min(items.size(), 3) - 1;
    return say(key + body.name(), variant, Map.of("items", itemList(items)));
  }

  private String itemList(List<Integer> items) {
    List<String> numbers = items.stream().map(String::valueOf).toList();
    if (numbers.size() == 1) {
      return numbers.getFirst();
    }
    String separator =
        switch (language) {
          case AR -> " و ";
          case ZH -> "、";
          default -> ", ";
        };
    return say(
        "items",
        0,
        Map.of(
            "first", String.join(separator, numbers.subList(0, numbers.size() - 1)),
            "last", numbers.getLast()));
  }

  private String ordinal(String key, int number, Ordinals.Form form) {
    return say(key, 0, Map.of("ordinal", Ordinals.of(number, language, form)));
  }

  private String day(LocalDate date) {
    return date.getDayOfMonth() == 1
        ? say("day.first", 0, Map.of())
        : Integer.toString(date.getDayOfMonth());
  }

  private String month(LocalDate date) {
    return say("month", date.getMonthValue() - 1, Map.of());
  }

  private String say(String key, int variant, Map<String, String> slots) {
    return bank.fill(key, variant, slots);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
