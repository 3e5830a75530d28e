package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per masthead rule, on small invented mastheads. */
class MastheadRulesTest {
  private final DocumentParser parser = DocumentParser.create();

  private DocumentRecord parse(String text) {
    return parser.parseText("t.txt", text).record();
  }

  @Test
  void aSubItemLetterIsNotPartOfTheAgendaItemNumber() {
    DocumentRecord alone =
        parse(
            "General Assembly\nDistr.: General\n5 December 2025\n\nEightieth session\n"
                + "Agenda item 90 (b)\nReduction of military budgets\n\n80/12. A title\n");
    DocumentRecord runOn =
        parse(
            "General Assembly Distr.: General 5 December 2025\n\nEightieth session Agenda item"
                + " 90 (b) Reduction of military budgets: objective information on military"
                + " matters, including transparency\n\n80/12. A title\n");

    for (DocumentRecord record : new DocumentRecord[] {alone, runOn}) {
      assertThat(record.session().number()).isEqualTo(80);
      assertThat(record.agendaItems())
          .singleElement()
          .satisfies(item -> {
            assertThat(item.number()).isEqualTo(90);
            assertThat(item.title()).startsWith("Reduction of military budgets");
          });
      assertThat(record.title()).isEqualTo("80/12. A title");
    }
  }

  @Test
  void aResolutionsAdoptionDateOnItsOwnLineIsNotAnUnreadableSessionDate() {
    DocumentRecord record =
        parse(
            "A/RES/80/9\nGeneral Assembly\nDistr.: General\n3 November 2025\n\n"
                + "Eightieth session\nAgenda item 9\nAn item\n\n"
                + "Resolution adopted by the General Assembly\non 30 October 2025\n\n"
                + "80/9. A title\n");

    assertThat(record.warnings()).isEmpty();
    // The number is the symbol's, no part of the title.
    assertThat(record.title()).isEqualTo("A title");
  }

  @Test
  void theDraftOrReportAResolutionWasAdoptedOnIsCited() {
    DocumentRecord record =
        parse(
            "A/RES/80/2\nGeneral Assembly\nDistr.: General\n15 October 2025\n\n"
                + "Eightieth session\nAgenda item 140\nAn item\n\n"
                + "Resolution adopted by the General Assembly\non 14 October 2025\n\n"
                + "[on the report of the Fifth Committee (A/80/401, para. 6)]\n\n"
                + "80/2. A title\n\nThe General Assembly,\n\nRecalling its resolution 79/7,\n");

    assertThat(record.citations())
        .extracting(DocumentRecord.Citation::symbol)
        .containsExactlyInAnyOrder("A/80/401", "A/RES/79/7");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"80/9. A title|A/RES/80/9", "80/16 B. A title|A/RES/80/16 B"})
  void aResolutionWithoutItsSymbolLineTakesItFromTheNumberTakenOffItsTitle(
      String titleLine, String symbol) {
    // Regression: the number was dropped from the title before the symbol was looked for there.
    DocumentRecord record =
        parse(
            "General Assembly Distr.: General 3 November 2025\n\n"
                + "Eightieth session Agenda item 9 An item\n\n"
                + "Resolution adopted by the General Assembly on 30 October 2025\n\n"
                + titleLine
                + "\n\nThe General Assembly,\n");

    assertThat(record.title()).isEqualTo("A title");
    assertThat(record.symbol()).isEqualTo(symbol);
    assertThat(record.warnings())
        .singleElement()
        .satisfies(warning -> {
          assertThat(warning.code()).isEqualTo("symbol.inferred");
          assertThat(warning.line()).isEqualTo(7);
        });
  }

  @Test
  void aSecurityCouncilResolutionsNumberIsNoPartOfItsTitle() {
    DocumentRecord record =
        parse(
            "S/RES/2504 (2020)\n\nSecurity Council\n\nDistr.: General\n\n27 June 2020\n\n"
                + "Resolution adopted by the Security Council on 12 June 2020\n\n"
                + "2504 (2020). The right to education\n\nRecalling resolution 1325 (2000),\n");

    assertThat(record.docType().id()).isEqualTo("resolution");
    assertThat(record.title()).isEqualTo("The right to education");
  }

  @Test
  void aDraftsPlaceholderNumberGivesNoSymbol() {
    DocumentRecord record =
        parse(
            "General Assembly Distr.: Limited 3 November 2025\n\n"
                + "Eightieth session Agenda item 9 An item\n\n"
                + "Austria*, Belgium* and Chile*: draft resolution\n\n80/... A title\n");

    assertThat(record.title()).isEqualTo("A title");
    assertThat(record.symbol()).isNull();
  }

  @Test
  void anAgendaHeadingFollowedByOtherMastheadLinesHasNoTitle() {
    DocumentRecord record =
        parse(
            "GENERAL ASSEMBLY\n\nTwenty-sixth session\nAgenda item 93\n\nDistr. LIMITED\n\n"
                + "A/L.999\n1 October 1971\n\nORIGINAL: ENGLISH\n\nA TITLE IN CAPITALS\n\n"
                + "The General Assembly,\n");

    assertThat(record.agendaItems()).containsExactly(new DocumentRecord.AgendaRef(93, null));
    assertThat(record.title()).isEqualTo("A TITLE IN CAPITALS");
    assertThat(record.distribution()).isEqualTo(Distribution.LIMITED);
  }

  @Test
  void severalSymbolsOnOneLineAreAllKeptTheFirstIsPrimary() {
    DocumentRecord record = parse("A/75/123  S/2021/45\n\nGeneral Assembly\nSecurity Council\n");

    assertThat(record.symbol()).isEqualTo("A/75/123");
    assertThat(record.symbols()).containsExactly("A/75/123", "S/2021/45");
  }

  @Test
  void jointSymbolsJoinedByADashAreBothKept() {
    assertThat(parse("A/75/912–S/2021/530\n\nGeneral Assembly\n").symbols())
        .containsExactly("A/75/912", "S/2021/530");
  }

  @Test
  void organizationAndSymbolSideBySideAreBothRead() {
    DocumentRecord record =
        parse("United Nations A/HRC/47/G/2\nGeneral Assembly      Distr.: Limited\n");

    assertThat(record.symbol()).isEqualTo("A/HRC/47/G/2");
    assertThat(record.organ()).isEqualTo("General Assembly");
    assertThat(record.distribution()).isEqualTo(Distribution.LIMITED);
  }

  @Test
  void rightToLeftMastheadLinesAreSplitToo() {
    DocumentRecord record = parse("A/HRC/47/G/2 الأمم المتحدة\nDistr.: General الجمعية العامة\n");

    assertThat(record.symbol()).isEqualTo("A/HRC/47/G/2");
    assertThat(record.organ()).isEqualTo("General Assembly");
    assertThat(record.distribution()).isEqualTo(Distribution.GENERAL);
  }

  @Test
  void jointMastheadKeepsTheFirstOrganAndTheAssemblySession() {
    DocumentRecord record =
        parse(
            "General Assembly Security Council\n\nSeventy-fifth session Seventy-sixth year\n"
                + "Agenda item 34\nPrevention of armed conflict\n\nA title\n");

    assertThat(record.organ()).isEqualTo("General Assembly");
    assertThat(record.session().number()).isEqualTo(75);
    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::number)
        .containsExactly(34);
    assertThat(record.title()).isEqualTo("A title");
  }

  @Test
  void mastheadWithoutBlankLinesIsCutAtStandingAgendaTitlesAndTheLetterTitle() {
    DocumentRecord record =
        parse(
            "Human Rights Council\nForty-seventh session\n21 June–13 July 2021\n"
                + "Agenda items 3 and 4\n"
                + "Promotion and protection of all human rights, civil, political, economic,\n"
                + "social and cultural rights, including the right to development\n"
                + "Human rights situations that require the Council's attention\n"
                + "Letter dated 1 June 2021 from the Permanent Representative of Peru to the\n"
                + "United Nations Office at Geneva addressed to the President of the Human\n"
                + "Rights Council\n\nI have the honour to write.\n");

    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::title)
        .containsExactly(
            "Promotion and protection of all human rights, civil, political, economic, social and"
                + " cultural rights, including the right to development",
            "Human rights situations that require the Council's attention");
    assertThat(record.title()).startsWith("Letter dated 1 June 2021").endsWith("Rights Council");
    assertThat(record.country()).isEqualTo("PER");
  }

  /**
   * A masthead without blank lines naming two agenda items whose titles no table knows: the first
   * title wrapped over two lines, the second on one; each language's own agenda heading.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Agenda items 34 and 72|The situation in the occupied territories and the question of the"
            + " rights of|the peoples concerned|Promotion and protection of human rights",
        "Points 34 et 72 de l'ordre du jour|La situation dans les territoires occupés et la"
            + " question des droits des|peuples concernés|Promotion et protection des droits de"
            + " l'homme",
        "Temas 34 y 72 del programa|La situación en los territorios ocupados y la cuestión de los"
            + " derechos de|los pueblos interesados|Promoción y protección de los derechos humanos",
        "Пункты 34 и 72 повестки дня|Положение на оккупированных территориях и вопрос о правах"
            + " соответствующих|народов|Поощрение и защита прав человека",
        "البندان 34 و 72 من جدول الأعمال|الحالة في الأراضي المحتلة ومسألة حقوق الشعوب المعنية"
            + " وسبل ضمان تمتعها الكامل|بها|تعزيز حقوق الإنسان وحمايتها",
        "议程项目34和72|被占领土的局势以及有关人民的权利问题和保障这些权利的|有效途径|促进和保护人权"
      })
  void mastheadWithoutBlankLinesIsCutBetweenAgendaTitlesNoTableKnows(
      String heading, String firstStart, String firstEnd, String second) {
    DocumentRecord record =
        parse(
            "General Assembly\n"
                + heading
                + "\n"
                + firstStart
                + "\n"
                + firstEnd
                + "\n"
                + second
                + "\n\nThe title\n\nBody.\n");

    String separator = Character.isIdeographic(firstEnd.codePointAt(0)) ? "" : " ";
    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::number, DocumentRecord.AgendaRef::title)
        .containsExactly(tuple(34, firstStart + separator + firstEnd), tuple(72, second));
    assertThat(record.title()).isEqualTo("The title");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Agenda item 72 |Promotion and protection of human rights",
        "Point 72 de l'ordre du jour |Promotion et protection des droits de l'homme",
        "Tema 72 del programa |Promoción y protección de los derechos humanos",
        "Пункт 72 повестки дня |Поощрение и защита прав человека",
        "البند 72 من جدول الأعمال |تعزيز حقوق الإنسان وحمايتها",
        "议程项目72|促进和保护人权"
      },
      ignoreLeadingAndTrailingWhitespace = false)
  void anAgendaHeadingWithItsTitleOnTheSameLineGivesBoth(String heading, String agendaTitle) {
    DocumentRecord record =
        parse("General Assembly\n" + heading + agendaTitle + "\n\nThe title\n\nBody.\n");

    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::number, DocumentRecord.AgendaRef::title)
        .containsExactly(tuple(72, agendaTitle));
    assertThat(record.title()).isEqualTo("The title");
    assertThat(record.warnings())
        .extracting(DocumentRecord.Warning::code)
        .doesNotContain("agenda.item");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Item 4 of the provisional agenda*",
        "Agenda item 4*",
        "Point 4 de l'ordre du jour provisoire*",
        "Tema 4 del programa provisional*",
        "Пункт 4 предварительной повестки дня*"
      })
  void aProvisionalAgendaHeadingKeepsItsFootnoteMarkOutOfTheWay(String heading) {
    DocumentRecord record =
        parse("General Assembly\n" + heading + "\nA first title\n\nThe title\n\nBody.\n");

    assertThat(record.agendaItems().getFirst())
        .extracting(DocumentRecord.AgendaRef::number, DocumentRecord.AgendaRef::title)
        .containsExactly(4, "A first title");
    assertThat(record.title()).isEqualTo("The title");
  }

  @Test
  void aShortLastAgendaTitleEndsBeforeTheTitleThatFollowsWithoutABlankLine() {
    DocumentRecord record =
        parse(
            "General Assembly\nAgenda item 72\nPromotion and protection of human rights\n"
                + "Report of the Special Rapporteur on the rights of persons with disabilities\n\n"
                + "Body.\n");

    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::title)
        .containsExactly("Promotion and protection of human rights");
    assertThat(record.title())
        .isEqualTo("Report of the Special Rapporteur on the rights of persons with disabilities");
  }

  @Test
  void aWrappedAgendaTitleWhoseLinesAreFullStaysWhole() {
    DocumentRecord record =
        parse(
            "General Assembly\nAgenda item 72\nPromotion and protection of human rights: human"
                + " rights\nQuestions, including alternative approaches\n\nThe title\n");

    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::title)
        .containsExactly(
            "Promotion and protection of human rights: human rights Questions, including"
                + " alternative approaches");
  }

  @Test
  void advanceUneditedVersionIsNotTheTitle() {
    DocumentRecord record =
        parse("Advance unedited version\n\nA/HRC/47/21\n\nGeneral Assembly\n\nThe title\n");

    assertThat(record.title()).isEqualTo("The title");
    assertThat(record.symbol()).isEqualTo("A/HRC/47/21");
  }

  @Test
  void securityCouncilResolutionCorrigendumKeepsYearAndModifier() {
    assertThat(parse("S/RES/2504 (2020)/Corr.1\n\nSecurity Council\n").symbol())
        .isEqualTo("S/RES/2504 (2020)/Corr.1");
  }

  @Test
  void reissueStarIsKeptOnTheSymbol() {
    assertThat(parse("A/65/L.78*\n\nDistr.: Limited\n").symbol()).isEqualTo("A/65/L.78*");
  }

  @Test
  void unreadableMastheadDateIsAPositionedWarning() {
    DocumentRecord record = parse("General Assembly\n\nDistr.: General\n31 Febtember 2021\n");

    assertThat(record.issueDate()).isNull();
    assertThat(record.warnings())
        .filteredOn(w -> w.code().equals("masthead.date"))
        .singleElement()
        .satisfies(w -> {
          assertThat(w.code()).isEqualTo("masthead.date");
          assertThat(w.line()).isEqualTo(4);
          assertThat(w.column()).isEqualTo(1);
        });
  }

  @Test
  void unreadableDistributionIsAWarning() {
    assertThat(parse("Distr.: Public\n").warnings())
        .extracting(DocumentRecord.Warning::code)
        .contains("masthead.distribution");
  }

  @Test
  void bodyWithoutOrganLineStillGivesTheOrgan() {
    DocumentRecord record = parse("Human Rights Council\nForty-third session\n");

    assertThat(record.body()).isEqualTo("Human Rights Council");
    assertThat(record.organ()).isEqualTo("General Assembly");
    assertThat(record.session().number()).isEqualTo(43);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Agenda items 2 and 3|2,3",
        "Item 4 of the provisional agenda|4",
        "Points 2 et 3 de l'ordre du jour|2,3",
        "البندان 2 و 3 من جدول الأعمال|2,3",
        "Пункт 3 повестки дня|3",
        "议程项目3|3"
      })
  void agendaHeadingsSingularPluralDualProvisional(String heading, String numbers) {
    DocumentRecord record =
        parse("Human Rights Council\n\n" + heading + "\n\nFirst title\n\nSecond title\n");

    assertThat(record.agendaItems())
        .extracting(DocumentRecord.AgendaRef::number)
        .containsExactlyElementsOf(
            java.util.Arrays.stream(numbers.split(",")).map(Integer::valueOf).toList());
    assertThat(record.agendaItems().getFirst().title()).isEqualTo("First title");
  }

  @Test
  void aSingleDateAfterTheSessionIsTheMastheadDateWhenNoneCameBefore() {
    DocumentRecord record =
        parse(
            "Human Rights Council\nForty-sixth session\n22 February–24 March 2021\n\n3 March 2021\n");

    assertThat(record.session().start()).isEqualTo(LocalDate.of(2021, 2, 22));
    assertThat(record.issueDate()).isEqualTo(LocalDate.of(2021, 3, 3));
  }

  @Test
  void communicationTitleIsNotTakenForAnAgendaTitle() {
    DocumentRecord record =
        parse(
            "Agenda item 4\n\nNote verbale dated 8 April 2020 from the Permanent Mission of Chile"
                + " to the United Nations Office at Geneva addressed to the Office of the United"
                + " Nations High Commissioner for Human Rights\n\nBody.\n");

    assertThat(record.agendaItems())
        .singleElement()
        .extracting(DocumentRecord.AgendaRef::title)
        .isNull();
    assertThat(record.country()).isEqualTo("CHL");
  }

  @Test
  void arabicRussianChineseMastheadsKeepEnglishLines() {
    DocumentRecord record =
        parse("联合国\n\nDistr.: General\n11 March 2021\nChinese\nOriginal: English\n\n人权理事会\n");

    assertThat(record.language()).isEqualTo(Language.ZH);
    assertThat(record.originalLanguage()).isEqualTo(Language.EN);
    assertThat(record.issueDate()).isEqualTo(LocalDate.of(2021, 3, 11));
  }

  @Test
  void missingTitleIsAWarningNotAnError() {
    assertThat(parse("").warnings())
        .extracting(DocumentRecord.Warning::code)
        .contains("title.missing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2020 session", "Session de 2020", "Сессия 2020 года", "2020年届会", "دورة عام 2020"})
  void yearSessionsKeepTheYearAsNumber(String heading) {
    assertThat(parse("Economic and Social Council\n" + heading + "\n").session().number())
        .isEqualTo(2020);
  }

  @Test
  void aWrappedTitleEndingWithUnitedNationsStaysWhole() {
    DocumentRecord record =
        parse(
            "Agenda item 65\n\nLetter dated 13 April 2021 from the Permanent Representative of"
                + " Ukraine to the\nUnited Nations\naddressed to the Secretary-General\n\nBody.\n");

    assertThat(record.title()).endsWith("to the United Nations addressed to the Secretary-General");
    assertThat(record.country()).isEqualTo("UKR");
  }

  @Test
  void aDraftsCountryIsItsFirstSponsor() {
    DocumentRecord record =
        parse(
            "A/HRC/55/L.9\n\nHuman Rights Council\n\nPeru*, Chile, Mexico* and\n"
                + "Uruguay: draft resolution\n\nRural water\n\nThe Human Rights Council,\n");

    assertThat(record.country()).isEqualTo("PER");
    assertThat(record.title()).isEqualTo("Rural water");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ghana and Norway: draft decision",
        "Ghana et Norvège : projet de décision",
        "Ghana y Noruega: proyecto de decisión"
      })
  void aDraftDecisionIsADecisionThoughItsSymbolIsADrafts(String sponsors) {
    DocumentRecord record = parse("A/78/L.61\n\nGeneral Assembly\n\n" + sponsors + "\n\nA title\n");

    assertThat(record.docType()).isEqualTo(org.dossier.model.DocType.DECISION);
    assertThat(record.country()).isEqualTo("GHA");
  }

  @Test
  void aStatementIssuedInOneLanguageOnlyIsItsOwnOriginal() {
    DocumentRecord record =
        parse(
            "A/HRC/55/NGO/9\nDistr.: General\n\nFrançais seulement\n\nHuman Rights Council\n\nA title\n");

    assertThat(record.language()).isEqualTo(Language.FR);
    assertThat(record.originalLanguage()).isEqualTo(Language.FR);
    assertThat(record.body()).isEqualTo("Human Rights Council");
    assertThat(record.title()).isEqualTo("A title");
  }

  @Test
  void oldCapitalMastheadsNameTheOrganizationOverTwoLinesAndDistributionToo() {
    DocumentRecord record =
        parse(
            "UNITED\nNATIONS                A\n\nGeneral Assembly        Distr.\n"
                + "                        GENERAL\n\nA/54/312\n7 September 1999\n\nA title\n");

    assertThat(record.symbol()).isEqualTo("A/54/312");
    assertThat(record.distribution()).isEqualTo(Distribution.GENERAL);
    assertThat(record.issueDate()).isEqualTo(LocalDate.of(1999, 9, 7));
    assertThat(record.title()).isEqualTo("A title");
  }

  @Test
  void aTreatysNameHeadsItsCommitteesMastheadAndIsNoTitle() {
    DocumentRecord record =
        parse(
            "CCPR/C/NOR/CO/8\nInternational Covenant on      Distr.: General\n"
                + "Civil and Political Rights    21 November 2023\n"
                + "\nHuman Rights Committee\n\nConcluding observations\n");

    assertThat(record.body()).isEqualTo("Human Rights Committee");
    assertThat(record.organ()).isNull();
    assertThat(record.distribution()).isEqualTo(Distribution.GENERAL);
    assertThat(record.issueDate()).isEqualTo(LocalDate.of(2023, 11, 21));
    assertThat(record.title()).isEqualTo("Concluding observations");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Note by the Secretary-General|The rights of the child",
        "Nota del Secretario General|Los derechos del niño"
      })
  void aTitleThatIsATreatysLastWordsIsATitle(String note, String title) {
    // Regression: the last words of a treaty's name were a masthead line even without its first.
    DocumentRecord record =
        parse(
            "A/HRC/48/2\n\nHuman Rights Council\n\nAgenda item 2\n\nAnnual report\n\n"
                + title
                + "\n\n"
                + note
                + "\n\nThe Secretary-General has the honour to transmit the report.\n");

    assertThat(record.title()).isEqualTo(title);
  }

  @Test
  void aUniversalPeriodicReviewNationalReportIsAReportOfTheStateInItsSymbol() {
    DocumentRecord national =
        parse("A/HRC/WG.6/47/GHA/1\n\nHuman Rights Council\n\nNational report submitted\n");
    DocumentRecord summary =
        parse("A/HRC/WG.6/47/GHA/3\n\nHuman Rights Council\n\nSummary of submissions\n");

    assertThat(national.docType()).isEqualTo(org.dossier.model.DocType.REPORT);
    assertThat(national.country()).isEqualTo("GHA");
    assertThat(summary.country()).isNull();
  }

  @Test
  void spacedChineseAndStretchedArabicNamesAreTheOrganization() {
    DocumentRecord chinese =
        parse("联 合 国          A/HRC/46/L.12\n大    会          Distr.: Limited\n");
    DocumentRecord arabic =
        parse("الأمــم المتحـدة     A/HRC/46/L.12\nالجمعية العامة     Distr.: Limited\n");

    for (DocumentRecord record : List.of(chinese, arabic)) {
      assertThat(record.symbol()).isEqualTo("A/HRC/46/L.12");
      assertThat(record.organ()).isEqualTo("General Assembly");
      assertThat(record.distribution()).isEqualTo(Distribution.LIMITED);
    }
  }

  @Test
  void anOldMastheadsTwoLineNameOrganLetterAndTwoLineDistributionAreRead() {
    DocumentRecord record =
        parse(
            "UNITED\nNATIONS                A\n\nGeneral Assembly       Distr.\n"
                + "                       GENERAL\n\n                       A/HRC/6/G/4\n"
                + "                       12 September 2007\n\nRUSSIAN\nOriginal:  RUSSIAN\n\n"
                + "СОВЕТ ПО ПРАВАМ ЧЕЛОВЕКА\nШестая сессия\n\nЗаголовок документа\n");

    assertThat(record.symbol()).isEqualTo("A/HRC/6/G/4");
    assertThat(record.organ()).isEqualTo("General Assembly");
    assertThat(record.body()).isEqualTo("Human Rights Council");
    assertThat(record.distribution()).isEqualTo(Distribution.GENERAL);
    assertThat(record.issueDate()).isEqualTo(LocalDate.of(2007, 9, 12));
    assertThat(record.language()).isEqualTo(Language.RU);
    assertThat(record.title()).isEqualTo("Заголовок документа");
  }

  @Test
  void aTreatyBodysMastheadNamesItsTreatyBesideTheDistribution() {
    DocumentRecord record =
        parse(
            "Организация Объединенных Наций    CRC/C/KAZ/CO/5\n"
                + "Конвенция о правах ребенка        Distr.: General\n"
                + "                                  30 June 2021\n\nКомитет по правам ребенка\n\n"
                + "Заключительные замечания\n");

    assertThat(record.body()).isEqualTo("Committee on the Rights of the Child");
    assertThat(record.distribution()).isEqualTo(Distribution.GENERAL);
    assertThat(record.title()).isEqualTo("Заключительные замечания");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Австрия*, Бельгия* и Чили*: проект резолюции|46/...    Право на воду|draft-resolution|AUT"
            + "|Право на воду",
        "Казахстан, Кыргызстан* и Узбекистан: проект решения|46/... Перенос доклада|decision|KAZ"
            + "|Перенос доклада",
        "النمسا*، وبلجيكا*، وشيلي*: مشروع قرار|46/...  الحق في المياه|draft-resolution|AUT"
            + "|الحق في المياه",
        "الأردن، والبحرين*: مشروع مقرر|46/... تأجيل التقرير|decision|JOR|تأجيل التقرير",
        "奥地利*、比利时*和智利*：决议草案|46/…  饮用水权|draft-resolution|AUT|饮用水权",
        "中国、巴基斯坦和尼泊尔*：决定草案|46/… 推迟提交报告|decision|CHN|推迟提交报告"
      })
  void aDraftIsItsFirstSponsorsAndADraftDecisionIsADecision(
      String sponsors, String titleLine, String type, String country, String title) {
    DocumentRecord record =
        parse("A/HRC/46/L.31\n\nHuman Rights Council\n\n" + sponsors + "\n\n" + titleLine + "\n");

    assertThat(record.docType().id()).isEqualTo(type);
    assertThat(record.country()).isEqualTo(country);
    assertThat(record.title()).isEqualTo(title);
  }

  @Test
  void anAdoptionLineClosesTheAgendaItemsAndTheResolutionNumberIsNoPartOfTheTitle() {
    DocumentRecord record =
        parse(
            "A/HRC/RES/46/7\n\n人权理事会\n第四十六届会议\n议程项目3\n\n人权理事会2021年3月23日通过的决议\n\n"
                + "46/7.  人权与气候变化\n\n人权理事会，\n");

    assertThat(record.docType().id()).isEqualTo("resolution");
    assertThat(record.agendaItems()).extracting("number", "title").containsExactly(tuple(3, null));
    assertThat(record.title()).isEqualTo("人权与气候变化");
  }

  @Test
  void theStateNamedAloneUnderANationalReportsTitleIsItsCountry() {
    DocumentRecord record =
        parse(
            "A/HRC/WG.6/40/MNG/1\n\nНациональный доклад, представленный в соответствии с пунктом 5"
                + " приложения к резолюции 16/21 Совета по правам человека*\n\nМонголия\n\n"
                + "1. Настоящий доклад подготовлен.\n");

    assertThat(record.docType().id()).isEqualTo("report");
    assertThat(record.country()).isEqualTo("MNG");
    assertThat(record.citations()).extracting("symbol").containsExactly("A/HRC/RES/16/21");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "临时议程*项目75",
        "议程项目75(b)",
        "Пункт 75 b) повестки дня",
        "البند 75 (ب) من جدول الأعمال"
      })
  void agendaHeadingsWithASubItemOrAFootnoteMarkInsideAreRead(String heading) {
    DocumentRecord record = parse("A/76/150\n\n" + heading + "\nPromotion\n\nThe title\n");

    assertThat(record.agendaItems())
        .extracting("number", "title")
        .containsExactly(tuple(75, "Promotion"));
  }

  @Test
  void aFootnoteCitesAsTheTextDoes() {
    DocumentRecord record =
        parse("A/76/150\n\nThe title\n\n1. The report is submitted.\n\n* A/76/50.\n");

    assertThat(record.footnotes()).containsExactly("A/76/50.");
    assertThat(record.citations()).extracting("symbol").containsExactly("A/76/50");
  }

  @Test
  void theStateUnderAWorkingGroupReportsTitleDidNotSubmitIt() {
    DocumentRecord record =
        parse(
            "A/HRC/49/12\n\nДоклад Рабочей группы по универсальному периодическому обзору*\n\n"
                + "Монголия\n\n1. Рабочая группа провела свою сессию.\n");

    assertThat(record.country()).isNull();
    assertThat(record.title())
        .isEqualTo("Доклад Рабочей группы по универсальному периодическому обзору");
  }
}
