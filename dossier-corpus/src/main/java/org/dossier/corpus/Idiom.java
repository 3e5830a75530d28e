package org.dossier.corpus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.CommunicationTitle;
import org.dossier.lang.DateRange;
import org.dossier.lang.DutyStation;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * One language's {@link LanguageConventions}, remembered: the generator asks for the same country
 * names, session headings and dates thousands of times, and dossier-lang computes them afresh each
 * time. Thread-safe.
 */
final class Idiom {
  private static final Map<Language, Idiom> IDIOMS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      IDIOMS.put(language, new Idiom(language));
    }
  }

  /** The parts of a communication's title that do not depend on its date. */
  private record TitleKey(DocType type, String country, DutyStation station, Addressee addressee) {}

  private final Language language;
  private final Map<Object, String> texts = new ConcurrentHashMap<>();
  private final Map<TitleKey, CommunicationTitle> titles = new ConcurrentHashMap<>();

  private Idiom(Language language) {
    this.language = language;
  }

  static Idiom of(Language language) {
    return IDIOMS.get(language);
  }

  LanguageConventions conventions() {
    return LanguageConventions.of(language);
  }

  String date(LocalDate date) {
    return remember(date, conventions()::formatDate);
  }

  String dateRange(LocalDate first, LocalDate last) {
    return remember(new DateRange(first, last), conventions()::formatDateRange);
  }

  String countryName(String alpha3) {
    return remember("name:" + alpha3, key -> conventions().countryName(alpha3));
  }

  String ofCountry(String alpha3) {
    return remember("of:" + alpha3, key -> conventions().ofCountry(alpha3));
  }

  String councilYearHeading(int number) {
    return remember("councilYear:" + number, key -> conventions().councilYearHeading(number));
  }

  String sessionHeading(int number) {
    return remember("session:" + number, key -> conventions().sessionHeading(number));
  }

  String sessionReference(int number) {
    return remember("sessionRef:" + number, key -> conventions().sessionReference(number));
  }

  /** The masthead's agenda heading, in the wording of {@code body}'s agenda. */
  String agendaHeading(AgendaHeading heading, Body body) {
    return remember(
        List.of("agenda", heading, body), key -> conventions().agendaHeading(heading, body));
  }

  /** How running text refers to the items of {@code body}'s agenda. */
  String agendaReference(AgendaHeading heading, Body body) {
    return remember(
        List.of("agendaRef", heading, body), key -> conventions().agendaReference(heading, body));
  }

  String distributionLine(Distribution distribution) {
    return remember(distribution, key -> conventions().distributionLine(distribution));
  }

  String originalLanguageLine(Language original) {
    return remember(original, key -> conventions().originalLanguageLine(original));
  }

  String versionLanguageLine() {
    return remember("version", key -> conventions().versionLanguageLine());
  }

  String reproducedAsReceivedNote() {
    return remember("asReceived", key -> conventions().reproducedAsReceivedNote(false));
  }

  String title(Communication communication) {
    return conventions().formatTitle(communication);
  }

  /**
   * The sender and addressee of a communication's title as dossier-lang reads them back; they do
   * not depend on the date, so each is read once.
   */
  CommunicationTitle titleParts(Communication communication, String title) {
    TitleKey key =
        new TitleKey(
            communication.type(),
            communication.country(),
            communication.station(),
            communication.addressee());
    return titles.computeIfAbsent(
        key,
        unused ->
            conventions()
                .parseTitle(title)
                .orElseThrow(() ->
                    new IllegalStateException(
                        "dossier-lang cannot read back its own " + language + " title: " + title)));
  }

  private <K> String remember(K key, Function<K, String> compute) {
    String known = texts.get(key);
    if (known == null) {
      known = compute.apply(key);
      texts.putIfAbsent(key, known);
    }
    return known;
  }
}
