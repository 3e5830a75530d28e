package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.corpus.Plan.Addressee;
import org.dossier.corpus.Plan.Station;
import org.dossier.model.Body;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/** The generator's own conventions against forms written here by hand from un-conventions §2. */
class IdiomTest {
  private static final LocalDate FIRST_APRIL = LocalDate.of(2020, 4, 1);

  @Test
  void datesInEachLanguage() {
    assertThat(Idiom.of(Language.EN).date(FIRST_APRIL)).isEqualTo("1 April 2020");
    assertThat(Idiom.of(Language.FR).date(FIRST_APRIL)).isEqualTo("1er avril 2020");
    assertThat(Idiom.of(Language.ES).date(LocalDate.of(2007, 12, 3)))
        .isEqualTo("3 de diciembre de 2007");
    assertThat(Idiom.of(Language.RU).date(LocalDate.of(1975, 11, 10)))
        .isEqualTo("10 ноября 1975 года");
    assertThat(Idiom.of(Language.AR).date(LocalDate.of(2011, 6, 16)))
        .isEqualTo("16 حزيران/يونيه 2011");
    assertThat(Idiom.of(Language.ZH).date(LocalDate.of(2016, 3, 23))).isEqualTo("2016年3月23日");
  }

  @Test
  void rangesShareTheMonthAndYear() {
    LocalDate start = LocalDate.of(2020, 2, 24);
    LocalDate end = LocalDate.of(2020, 3, 20);
    assertThat(Idiom.of(Language.EN).dateRange(start, end)).isEqualTo("24 February–20 March 2020");
    assertThat(Idiom.of(Language.FR).dateRange(start, end)).isEqualTo("24 février-20 mars 2020");
    assertThat(
            Idiom.of(Language.ES).dateRange(LocalDate.of(2007, 6, 11), LocalDate.of(2007, 6, 18)))
        .isEqualTo("11 a 18 de junio de 2007");
    assertThat(
            Idiom.of(Language.ZH).dateRange(LocalDate.of(2016, 2, 29), LocalDate.of(2016, 3, 24)))
        .isEqualTo("2016年2月29日至3月24日");
  }

  @Test
  void sessionHeadingsReferencesAndCouncilYears() {
    assertThat(Idiom.of(Language.EN).sessionHeading(43)).isEqualTo("Forty-third session");
    assertThat(Idiom.of(Language.FR).sessionHeading(41)).isEqualTo("Quarante et unième session");
    assertThat(Idiom.of(Language.ES).sessionHeading(43))
        .isEqualTo("Cuadragésimo tercer período de sesiones");
    assertThat(Idiom.of(Language.RU).sessionHeading(43)).isEqualTo("Сорок третья сессия");
    assertThat(Idiom.of(Language.RU).sessionReference(43)).isEqualTo("сорок третьей сессии");
    assertThat(Idiom.of(Language.RU).councilYearHeading(75)).isEqualTo("Семьдесят пятый год");
    assertThat(Idiom.of(Language.AR).sessionHeading(43)).isEqualTo("الدورة الثالثة والأربعون");
    assertThat(Idiom.of(Language.AR).sessionReference(43)).isEqualTo("الدورة الثالثة والأربعين");
    assertThat(Idiom.of(Language.ZH).sessionHeading(43)).isEqualTo("第四十三届会议");
  }

  @Test
  void agendaHeadingsFollowTheBodyAndTheNumberOfItems() {
    assertThat(Idiom.of(Language.EN).agendaHeading(List.of(13, 115), Body.GENERAL_ASSEMBLY))
        .isEqualTo("Agenda items 13 and 115");
    assertThat(Idiom.of(Language.ES).agendaHeading(List.of(3), Body.HUMAN_RIGHTS_COUNCIL))
        .isEqualTo("Tema 3 de la agenda");
    assertThat(Idiom.of(Language.ES).agendaHeading(List.of(65), Body.GENERAL_ASSEMBLY))
        .isEqualTo("Tema 65 del programa");
    assertThat(Idiom.of(Language.AR).agendaHeading(List.of(13, 115), Body.GENERAL_ASSEMBLY))
        .isEqualTo("البندان 13 و 115 من جدول الأعمال");
    assertThat(Idiom.of(Language.EN).agendaHeading(List.of(12), Body.ECONOMIC_AND_SOCIAL_COUNCIL))
        .isEqualTo("Item 12 of the provisional agenda");
  }

  @Test
  void titlesNameSenderAndAddresseeInTheLanguagesOrder() {
    Idiom.Title english =
        Idiom.of(Language.EN)
            .title(
                DocType.NOTE_VERBALE,
                LocalDate.of(2020, 5, 6),
                "AZE",
                Station.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE);
    assertThat(english.text())
        .isEqualTo(
            "Note verbale dated 6 May 2020 from the Permanent Mission of Azerbaijan to the United"
                + " Nations Office at Geneva addressed to the Office of the United Nations High"
                + " Commissioner for Human Rights");
    assertThat(english.sender())
        .isEqualTo("the Permanent Mission of Azerbaijan to the United Nations Office at Geneva");

    Idiom.Title french =
        Idiom.of(Language.FR)
            .title(
                DocType.LETTER,
                LocalDate.of(2021, 3, 1),
                "MAR",
                Station.NEW_YORK,
                Addressee.SECRETARY_GENERAL);
    assertThat(french.text())
        .isEqualTo(
            "Lettre datée du 1er mars 2021, adressée au Secrétaire général par le Représentant"
                + " permanent du Maroc auprès de l'Organisation des Nations Unies");
    assertThat(french.addressee()).isEqualTo("au Secrétaire général");

    Idiom.Title arabic =
        Idiom.of(Language.AR)
            .title(
                DocType.NOTE_VERBALE,
                LocalDate.of(2021, 3, 5),
                "CHN",
                Station.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE);
    assertThat(arabic.sender()).isEqualTo("البعثة الدائمة للصين لدى مكتب الأمم المتحدة في جنيف");
    assertThat(arabic.addressee()).isEqualTo("إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان");

    Idiom.Title chinese =
        Idiom.of(Language.ZH)
            .title(
                DocType.LETTER,
                LocalDate.of(2021, 6, 2),
                "GBR",
                Station.NEW_YORK,
                Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL);
    assertThat(chinese.text()).isEqualTo("2021年6月2日大不列颠及北爱尔兰联合王国常驻联合国代表给秘书长和安全理事会主席的同文信");
  }
}
