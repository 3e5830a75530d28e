package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BodyTest {

  @Test
  void generalAssemblyNamesAreThoseOfTheMastheads() {
    // un-conventions.md §2.1
    Body assembly = Body.GENERAL_ASSEMBLY;
    assertThat(assembly.nameIn(Language.EN)).isEqualTo("General Assembly");
    assertThat(assembly.nameIn(Language.FR)).isEqualTo("Assemblée générale");
    assertThat(assembly.nameIn(Language.ES)).isEqualTo("Asamblea General");
    assertThat(assembly.nameIn(Language.RU)).isEqualTo("Генеральная Ассамблея");
    assertThat(assembly.nameIn(Language.AR)).isEqualTo("الجمعية العامة");
    assertThat(assembly.nameIn(Language.ZH)).isEqualTo("大会");
  }

  @Test
  void humanRightsCouncilNamesAreThoseOfTheMastheads() {
    Body council = Body.HUMAN_RIGHTS_COUNCIL;
    assertThat(council.canonicalName()).isEqualTo("Human Rights Council");
    assertThat(council.nameIn(Language.FR)).isEqualTo("Conseil des droits de l'homme");
    assertThat(council.nameIn(Language.ES)).isEqualTo("Consejo de Derechos Humanos");
    assertThat(council.nameIn(Language.RU)).isEqualTo("Совет по правам человека");
    assertThat(council.nameIn(Language.AR)).isEqualTo("مجلس حقوق الإنسان");
    assertThat(council.nameIn(Language.ZH)).isEqualTo("人权理事会");
  }

  @ParameterizedTest
  @EnumSource(Body.class)
  void everyNameInEveryLanguageLeadsBackToItsBody(Body body) {
    for (Language language : Language.values()) {
      assertThat(body.nameIn(language)).isNotBlank();
      assertThat(Body.fromName(body.nameIn(language)))
          .as("%s in %s", body, language)
          .hasValue(body);
    }
  }

  @Test
  void nameLookupIgnoresCaseAccentsAndApostropheStyle() {
    assertThat(Body.fromName("conseil des droits de l’homme")).hasValue(Body.HUMAN_RIGHTS_COUNCIL);
    assertThat(Body.fromName("ASSEMBLEE GENERALE")).hasValue(Body.GENERAL_ASSEMBLY);
    assertThat(Body.fromName("Human  Rights Council ")).hasValue(Body.HUMAN_RIGHTS_COUNCIL);
    assertThat(Body.fromName("Human Rights Commission")).isEmpty();
  }

  @Test
  void subCommissionIsFoundByItsFormerName() {
    assertThat(
            Body.fromName(
                "Sub-Commission on Prevention of Discrimination and Protection of Minorities"))
        .hasValue(Body.SUB_COMMISSION);
  }

  @ParameterizedTest
  @CsvSource({
    "A/74/1, GENERAL_ASSEMBLY",
    "A/RES/69/274 A, GENERAL_ASSEMBLY",
    "S/RES/822 (1993), SECURITY_COUNCIL",
    "E/2020/1, ECONOMIC_AND_SOCIAL_COUNCIL",
    "ST/SGB/2019/1, SECRETARIAT",
    "A/C.3/74/L.5, THIRD_COMMITTEE",
    "A/HRC/43/G/17, HUMAN_RIGHTS_COUNCIL",
    "A/HRC/RES/S-1/1, HUMAN_RIGHTS_COUNCIL",
    "A/HRC/WG.8/1/CRP.2, HUMAN_RIGHTS_COUNCIL",
    "A/HRC/AC/1/2, HUMAN_RIGHTS_COUNCIL_ADVISORY_COMMITTEE",
    "A/HRC/WG.6/33/AFG/1, UNIVERSAL_PERIODIC_REVIEW_WORKING_GROUP",
    "E/CN.4/2005/1, COMMISSION_ON_HUMAN_RIGHTS",
    "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1, SUB_COMMISSION",
    "CRC/C/15/Add.1, COMMITTEE_ON_THE_RIGHTS_OF_THE_CHILD",
    "CEDAW/C/FRA/CO/7-8, COMMITTEE_ON_THE_ELIMINATION_OF_DISCRIMINATION_AGAINST_WOMEN",
    "CCPR/C/NOR/CO/8, HUMAN_RIGHTS_COMMITTEE",
    "CERD/C/PRT/CO/18-19, COMMITTEE_ON_THE_ELIMINATION_OF_RACIAL_DISCRIMINATION",
    "E/C.12/LVA/CO/2, COMMITTEE_ON_ECONOMIC_SOCIAL_AND_CULTURAL_RIGHTS"
  })
  void forSymbolFindsTheMostSpecificBody(String symbol, Body body) {
    assertThat(Body.forSymbol(Symbol.parse(symbol))).hasValue(body);
  }

  @Test
  void treatyBodySeriesHaveNoGeneralAssemblyPrefix() {
    // CEDAW/, not A/CEDAW/: a symbol under A/ belongs to the Assembly whatever follows.
    assertThat(Body.forSymbol(Symbol.parse("CEDAW/C/2020/1")))
        .hasValue(Body.COMMITTEE_ON_THE_ELIMINATION_OF_DISCRIMINATION_AGAINST_WOMEN);
    assertThat(Body.forSymbol(Symbol.parse("A/CEDAW/2020/1"))).hasValue(Body.GENERAL_ASSEMBLY);
  }

  @Test
  void forSymbolOfAnUnknownSeriesIsEmpty() {
    assertThat(Body.forSymbol(Symbol.parse("UNEP/GC.20/1"))).isEmpty();
  }

  @Test
  void principalOrganIsFoundThroughTheParents() {
    assertThat(Body.HUMAN_RIGHTS_COUNCIL.principalOrgan()).hasValue(Body.GENERAL_ASSEMBLY);
    assertThat(Body.SUB_COMMISSION.principalOrgan()).hasValue(Body.ECONOMIC_AND_SOCIAL_COUNCIL);
    assertThat(Body.UNIVERSAL_PERIODIC_REVIEW_WORKING_GROUP.parent())
        .hasValue(Body.HUMAN_RIGHTS_COUNCIL);
    assertThat(Body.SECURITY_COUNCIL.principalOrgan()).hasValue(Body.SECURITY_COUNCIL);
    assertThat(Body.COMMITTEE_ON_THE_RIGHTS_OF_THE_CHILD.principalOrgan()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Body.class)
  void everySeriesIsAValidSymbolPrefixOfItsBody(Body body) {
    for (String series : body.series()) {
      Symbol sample = Symbol.parse(series + "1");
      assertThat(sample.series()).isEqualTo(series);
      assertThat(Body.forSymbol(sample)).hasValue(body);
    }
  }

  @Test
  void codesNameTheBodiesAsTheyAreAbbreviated() {
    assertThat(Body.HUMAN_RIGHTS_COUNCIL.code()).isEqualTo("HRC");
    assertThat(Body.GENERAL_ASSEMBLY.code()).isEqualTo("GA");
    assertThat(Body.ECONOMIC_AND_SOCIAL_COUNCIL.code()).isEqualTo("ECOSOC");
    assertThat(Body.THIRD_COMMITTEE.code()).isEqualTo("C.3");
  }

  @Test
  void codesAreUniqueAndFoundInAnyCase() {
    assertThat(Arrays.stream(Body.values()).map(Body::code).distinct())
        .hasSize(Body.values().length);
    for (Body body : Body.values()) {
      assertThat(Body.fromCode(body.code().toLowerCase(Locale.ROOT))).hasValue(body);
    }
    assertThat(Body.fromCode(" sc ")).hasValue(Body.SECURITY_COUNCIL);
    assertThat(Body.fromCode("Security Council")).isEmpty();
  }
}
