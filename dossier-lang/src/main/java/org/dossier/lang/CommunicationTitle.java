package org.dossier.lang;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.model.DocType;

/**
 * A government communication's title as read from a document.
 *
 * @param type {@link DocType#NOTE_VERBALE} or {@link DocType#LETTER}
 * @param date the sender's date given in the title
 * @param sender the sender as printed ({@code the Permanent Mission of Azerbaijan to the United
 *     Nations Office at Geneva})
 * @param addressee the addressee as printed ({@code the Office of the United Nations High
 *     Commissioner for Human Rights})
 * @param country ISO 3166-1 alpha-3 code of the State named in the sender, if one was recognised
 */
public record CommunicationTitle(
    DocType type, LocalDate date, String sender, String addressee, Optional<String> country) {
  public CommunicationTitle {
    if (type == null || date == null || sender == null || addressee == null || country == null) {
      throw new IllegalArgumentException(
          "Communication title needs a type, a date, a sender, an addressee and a country option");
    }
  }
}
