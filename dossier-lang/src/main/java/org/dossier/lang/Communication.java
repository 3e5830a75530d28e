package org.dossier.lang;

import java.time.LocalDate;
import org.dossier.model.DocType;

/**
 * What a government communication's title says, in language-neutral terms, for writing the title in
 * any language. A note verbale comes from a Permanent Mission; a letter from a Permanent
 * Representative.
 *
 * @param type {@link DocType#NOTE_VERBALE} or {@link DocType#LETTER}
 * @param date the sender's date, printed in the title
 * @param country ISO 3166-1 alpha-3 code of the sending State
 * @param station where the sender is accredited
 * @param addressee to whom it is addressed
 */
public record Communication(
    DocType type, LocalDate date, String country, DutyStation station, Addressee addressee) {
  public Communication {
    if (type != DocType.NOTE_VERBALE && type != DocType.LETTER) {
      throw new IllegalArgumentException(
          "Communication type must be note-verbale or letter, got " + type);
    }
    if (date == null || country == null || station == null || addressee == null) {
      throw new IllegalArgumentException(
          "Communication needs a date, a country, a duty station and an addressee");
    }
  }
}
