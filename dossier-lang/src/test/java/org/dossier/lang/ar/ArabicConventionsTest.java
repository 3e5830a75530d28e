package org.dossier.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.DateRange;
import org.dossier.lang.DutyStation;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class ArabicConventionsTest {
  private final LanguageConventions ar = LanguageConventions.of(Language.AR);

  @Test
  void monthsArePairedLevantineAndLatinNames() {
    // Rule: the UN writes both names, slash-separated: "حزيران/يونيه".
    assertThat(ar.formatDate(LocalDate.of(2011, 6, 16))).isEqualTo("16 حزيران/يونيه 2011");
    assertThat(ar.formatDate(LocalDate.of(2000, 12, 4))).isEqualTo("4 كانون الأول/ديسمبر 2000");
  }

  @Test
  void eitherNameOfThePairIsEnough() {
    // Rule: tolerant of one name only, and of the other spellings "يونيو", "يوليو".
    assertThat(ar.parseDate("16 يونيه 2011")).contains(LocalDate.of(2011, 6, 16));
    assertThat(ar.parseDate("16 حزيران 2011")).contains(LocalDate.of(2011, 6, 16));
    assertThat(ar.parseDate("16 يونيو 2011")).contains(LocalDate.of(2011, 6, 16));
    assertThat(ar.parseDate("4 كانون الأول / ديسمبر 2000")).contains(LocalDate.of(2000, 12, 4));
  }

  @Test
  void arabicIndicDigitsAreRead() {
    // Rule: ٠–٩ are digits.
    assertThat(ar.parseDate("١٦ حزيران/يونيه ٢٠١١")).contains(LocalDate.of(2011, 6, 16));
  }

  @Test
  void ranges() {
    DateRange range = new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20));
    assertThat(ar.formatDateRange(range)).isEqualTo("24 شباط/فبراير - 20 آذار/مارس 2020");
    assertThat(ar.parseDateRange("من 24 شباط/فبراير إلى 20 آذار/مارس 2020".substring(3)))
        .contains(range);
  }

  @Test
  void sessionHeadingIsTheFeminineOrdinalWithTheArticle() {
    // Rule: "الدورة" + feminine ordinal; units before tens joined by و.
    assertThat(ar.sessionHeading(43)).isEqualTo("الدورة الثالثة والأربعون");
    assertThat(ar.sessionHeading(65)).isEqualTo("الدورة الخامسة والستون");
    assertThat(ar.sessionHeading(21)).isEqualTo("الدورة الحادية والعشرون");
  }

  @Test
  void runningTextPutsTheTensInTheGenitive() {
    // Rule: after a noun, -ون becomes -ين: "وثائق الدورة الثالثة والأربعين".
    assertThat(ar.sessionReference(43)).isEqualTo("الدورة الثالثة والأربعين");
    assertThat(
            ar.findSessionReferences(
                "بوصفها وثيقة من وثائق الدورة الثالثة والأربعين لمجلس حقوق الإنسان"))
        .extracting(Match::value)
        .containsExactly(43);
  }

  @Test
  void agendaHeadingsAreSingularDualOrPlural() {
    // Rule: البند (1), البندان (2), البنود (3 or more).
    assertThat(ar.agendaHeading(AgendaHeading.of(4))).isEqualTo("البند 4 من جدول الأعمال");
    assertThat(ar.agendaHeading(AgendaHeading.of(13, 115)))
        .isEqualTo("البندان 13 و 115 من جدول الأعمال");
    assertThat(ar.agendaHeading(AgendaHeading.of(3, 4, 5)))
        .isEqualTo("البنود 3 و 4 و 5 من جدول الأعمال");
    assertThat(ar.parseAgendaHeading("البندان 13 و115 من جدول الأعمال"))
        .contains(AgendaHeading.of(13, 115));
    assertThat(ar.parseAgendaHeading("البند 12 من جدول الأعمال المؤقت"))
        .contains(new AgendaHeading(List.of(12), true));
  }

  @Test
  void countriesAreFoundWithAttachedParticles() {
    // Rule: و، ب، ل attach to the name; ل + ال becomes لل.
    String text = "البعثة الدائمة لأذربيجان وللولايات المتحدة الأمريكية وبجمهورية أذربيجان";
    assertThat(ar.findCountries(text))
        .extracting(Match::value)
        .containsExactly("AZE", "USA", "AZE");
    // Regression: UN Arabic writes Chile "شيلي" where CLDR has "تشيلي".
    assertThat(ar.parseCountry("شيلي")).contains("CHL");
  }

  @Test
  void parenthesisedKindsAreTurnedRoundAtTheDash() {
    // Rule: "بوليفيا (دولة - المتعددة القوميات)" reads "دولة بوليفيا المتعددة القوميات".
    assertThat(ar.ofCountry("BOL")).isEqualTo("دولة بوليفيا المتعددة القوميات");
    assertThat(ar.ofCountry("AZE")).isEqualTo("أذربيجان");
  }

  @Test
  void titleNamesTheAddresseeBeforeTheSender() {
    String title =
        ar.formatTitle(
            new Communication(
                DocType.NOTE_VERBALE,
                LocalDate.of(2011, 6, 16),
                "AZE",
                DutyStation.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE));
    assertThat(title)
        .isEqualTo(
            "مذكرة شفوية مؤرخة 16 حزيران/يونيه 2011 موجهة إلى مفوضية الأمم المتحدة السامية لحقوق"
                + " الإنسان من البعثة الدائمة لأذربيجان لدى مكتب الأمم المتحدة في جنيف");
    assertThat(ar.parseTitle(title).orElseThrow().country()).contains("AZE");
  }

  @Test
  void reproducedAsReceivedNoteIgnoresVowelMarks() {
    assertThat(ar.isReproducedAsReceivedNote("* يعمم المرفق كما ورد، باللغة التي قُدم بها فقط."))
        .isTrue();
    assertThat(ar.isReproducedAsReceivedNote("يعمم المرفق كما ورد، باللغة التي قدم بها فقط"))
        .isTrue();
  }

  @Test
  void annexesAreNumberedWithMasculineOrdinals() {
    // Rule: "المرفق الأول", "المرفق الثاني".
    assertThat(ar.annexHeading(new AnnexHeading(1))).isEqualTo("المرفق الأول");
    assertThat(ar.parseAnnexHeading("المرفق الثاني")).contains(new AnnexHeading(2));
    assertThat(ar.parseAnnexHeading("المرفق II")).contains(new AnnexHeading(2));
  }

  @org.junit.jupiter.api.Test
  void agendaSubItemsAreReadAsTheirItem() {
    assertThat(ar.parseAgendaHeading("البند 75 (ب) من جدول الأعمال").orElseThrow().items())
        .containsExactly(75);
    assertThat(ar.parseAgendaHeading("البند 75 (ب) من جدول الأعمال")).isPresent();
  }
}
