package org.dossier.lang.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.Addressee;
import org.dossier.lang.Communication;
import org.dossier.lang.DutyStation;
import org.dossier.model.DocType;

/**
 * How one language writes the title of a note verbale or a letter: a template for each, whose
 * placeholders {@code {date}}, {@code {country}}, {@code {station}} and {@code {addressee}} take
 * the written date, the sending State as the title names it, and the language's words for the duty
 * station and the addressee. The order of the parts is the language's; the words are its own.
 */
public final class TitleWords {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(date|country|station|addressee)}");

  private final String noteVerbale;
  private final String letter;
  private final String identicalLetters;
  private final Map<DutyStation, String> stations;
  private final Map<Addressee, String> addressees;

  /**
   * @param noteVerbale the template of a note verbale's title
   * @param letter the template of a letter's title
   * @param identicalLetters the template of the title of identical letters to the Secretary-General
   *     and the President of the Security Council
   * @param stations the words for every duty station
   * @param addressees the words for every addressee
   */
  public TitleWords(
      String noteVerbale,
      String letter,
      String identicalLetters,
      Map<DutyStation, String> stations,
      Map<Addressee, String> addressees) {
    this.noteVerbale = noteVerbale;
    this.letter = letter;
    this.identicalLetters = identicalLetters;
    this.stations = complete(DutyStation.class, stations);
    this.addressees = complete(Addressee.class, addressees);
  }

  private static <E extends Enum<E>> Map<E, String> complete(Class<E> type, Map<E, String> words) {
    for (E constant : type.getEnumConstants()) {
      if (!words.containsKey(constant)) {
        throw new IllegalArgumentException(
            "Title words lack the " + type.getSimpleName() + " " + constant);
      }
    }
    return new EnumMap<>(words);
  }

  /**
   * The title of {@code communication}.
   *
   * @param date its date as the language writes it
   * @param country the sending State as the title names it
   */
  public String write(Communication communication, String date, String country) {
    String template;
    if (communication.type() == DocType.NOTE_VERBALE) {
      template = noteVerbale;
    } else if (communication.addressee()
        == Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL) {
      template = identicalLetters;
    } else {
      template = letter;
    }
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(placeholder ->
            Matcher.quoteReplacement(
                switch (placeholder.group(1)) {
                  case "date" -> date;
                  case "country" -> country;
                  case "station" -> stations.get(communication.station());
                  default -> addressees.get(communication.addressee());
                }));
  }
}
