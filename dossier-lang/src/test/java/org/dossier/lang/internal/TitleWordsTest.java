package org.dossier.lang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.dossier.lang.Addressee;
import org.dossier.lang.Communication;
import org.dossier.lang.DutyStation;
import org.dossier.model.DocType;
import org.junit.jupiter.api.Test;

class TitleWordsTest {
  private static final Map<DutyStation, String> STATIONS =
      Map.of(DutyStation.GENEVA, "at $1 Geneva", DutyStation.NEW_YORK, "at New York");
  private static final Map<Addressee, String> ADDRESSEES =
      Map.of(
          Addressee.HIGH_COMMISSIONER_OFFICE, "OHCHR",
          Addressee.SECRETARY_GENERAL, "SG",
          Addressee.PRESIDENT_OF_THE_COUNCIL, "PHRC",
          Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL, "SG+PSC");

  @Test
  void eachTypeHasItsTemplateAndThePlaceholdersTakeTheWords() {
    TitleWords words =
        new TitleWords(
            "NV {date} {country} {station} to {addressee}",
            "{addressee} from {country}, {date}",
            "Identical {date} to {addressee}",
            STATIONS,
            ADDRESSEES);
    LocalDate date = LocalDate.of(2020, 5, 6);
    assertThat(
            words.write(
                new Communication(
                    DocType.NOTE_VERBALE,
                    date,
                    "AZE",
                    DutyStation.GENEVA,
                    Addressee.SECRETARY_GENERAL),
                "6.5.2020",
                "of Azerbaijan"))
        .isEqualTo("NV 6.5.2020 of Azerbaijan at $1 Geneva to SG");
    assertThat(
            words.write(
                new Communication(
                    DocType.LETTER,
                    date,
                    "AZE",
                    DutyStation.NEW_YORK,
                    Addressee.HIGH_COMMISSIONER_OFFICE),
                "6.5.2020",
                "Azerbaijan"))
        .isEqualTo("OHCHR from Azerbaijan, 6.5.2020");
    assertThat(
            words.write(
                new Communication(
                    DocType.LETTER,
                    date,
                    "AZE",
                    DutyStation.NEW_YORK,
                    Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL),
                "6.5.2020",
                "Azerbaijan"))
        .isEqualTo("Identical 6.5.2020 to SG+PSC");
  }

  @Test
  void missingWordsAreRefusedByName() {
    assertThatThrownBy(() ->
            new TitleWords(
                "{date}", "{date}", "{date}", Map.of(DutyStation.GENEVA, "Geneva"), ADDRESSEES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DutyStation NEW_YORK");
  }
}
