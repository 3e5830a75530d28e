package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the symbol grammar, using the examples of {@code un-conventions.md} §1
 * (1.1–1.3) wherever it gives one.
 */
class SymbolTest {

  private static Symbol symbol(String text) {
    return Symbol.parse(text);
  }

  private static void assertNormalises(String input, String printed) {
    assertThat(symbol(input)).hasToString(printed);
  }

  // --- 1.1 structure -------------------------------------------------------------------------

  @Test
  void componentsAreSeparatedBySlashes() {
    Symbol parsed = symbol("A/HRC/43/G/17");
    assertThat(parsed.series()).isEqualTo("A/HRC/");
    assertThat(parsed.session()).hasValue("43");
    assertThat(parsed.typeMarker()).hasValue(TypeMarker.GOVERNMENT);
    assertThat(parsed.number()).isEqualTo("17");
  }

  @Test
  void principalOrgansStartTheSeries() {
    assertThat(symbol("A/74/1").series()).isEqualTo("A/");
    assertThat(symbol("S/2020/1").series()).isEqualTo("S/");
    assertThat(symbol("E/2020/1").series()).isEqualTo("E/");
    assertThat(symbol("ST/SGB/2019/1").series()).isEqualTo("ST/SGB/");
  }

  @Test
  void bodiesWithTheirOwnSeriesHaveNoParentPrefix() {
    assertThat(symbol("CRC/C/15/Add.1").series()).isEqualTo("CRC/C/");
    assertThat(symbol("DP/2020/1").series()).isEqualTo("DP/");
    assertThat(symbol("TD/500").series()).isEqualTo("TD/");
    assertThat(symbol("UNEP/GC.20/1").series()).isEqualTo("UNEP/GC.20/");
    assertThat(symbol("CEDAW/C/2020/1").series()).isEqualTo("CEDAW/C/");
  }

  @Test
  void subsidiaryBodiesArePrefixDotNumberAndUpperCased() {
    // AC. ad hoc committee, C. main committee, CN. commission, CONF. conference, GC. governing
    // council, PC/ preparatory committee, SC. subcommittee, WG. working group.
    assertNormalises("a/ac.109/2020/1", "A/AC.109/2020/1");
    assertNormalises("a/c.3/74/l.5", "A/C.3/74/L.5");
    assertNormalises("e/cn.4/2005/1", "E/CN.4/2005/1");
    assertNormalises("a/conf.157/23", "A/CONF.157/23");
    assertNormalises("unep/gc.20/1", "UNEP/GC.20/1");
    assertNormalises("a/conf.191/pc/1", "A/CONF.191/PC/1");
    assertNormalises("a/ac.105/sc.2/1", "A/AC.105/SC.2/1");
    assertNormalises("a/hrc/wg.6/33/afg/1", "A/HRC/WG.6/33/AFG/1");
    assertThat(symbol("E/CN.4/2005/1").series()).isEqualTo("E/CN.4/");
  }

  @Test
  void subCommissionKeepsItsMixedCaseSpelling() {
    assertNormalises("E/CN.4/SUB.2/2005/1", "E/CN.4/Sub.2/2005/1");
    assertThat(symbol("e/cn.4/sub.2/2005/1").series()).isEqualTo("E/CN.4/Sub.2/");
  }

  @Test
  void typeMarkersJoinedByADotCarryTheDocumentNumber() {
    assertThat(symbol("A/HRC/WG.8/1/CRP.2").typeMarker())
        .hasValue(TypeMarker.CONFERENCE_ROOM_PAPER);
    assertThat(symbol("A/65/L.78").typeMarker()).hasValue(TypeMarker.LIMITED);
    assertThat(symbol("S/PV.1234").typeMarker()).hasValue(TypeMarker.VERBATIM_RECORD);
    assertThat(symbol("A/2020/R.3").typeMarker()).hasValue(TypeMarker.RESTRICTED);
    assertThat(symbol("E/2020/SR.5").typeMarker()).hasValue(TypeMarker.SUMMARY_RECORD);
    assertThat(symbol("E/CN.4/1987/WP.4").typeMarker()).hasValue(TypeMarker.WORKING_PAPER);
    assertThat(symbol("a/65/l.78")).hasToString("A/65/L.78");
    assertThat(symbol("A/65/L.78").number()).isEqualTo("78");
  }

  @Test
  void typeMarkersOfTheirOwnComponentPrecedeSessionOrNumber() {
    assertThat(symbol("A/HRC/43/INF/1").typeMarker()).hasValue(TypeMarker.INFORMATION);
    assertThat(symbol("A/HRC/43/NGO/5").typeMarker()).hasValue(TypeMarker.NGO);
    assertThat(symbol("A/AC.109/PET/1").typeMarker()).hasValue(TypeMarker.PETITION);
    assertThat(symbol("S/PRST/2020/1").typeMarker()).hasValue(TypeMarker.PRESIDENTIAL_STATEMENT);
    assertThat(symbol("A/RES/69/274").typeMarker()).hasValue(TypeMarker.RESOLUTION);
    assertThat(symbol("A/HRC/DEC/31/102").typeMarker()).hasValue(TypeMarker.DECISION);
    assertThat(symbol("A/HRC/43/G/17").typeMarker()).hasValue(TypeMarker.GOVERNMENT);
    assertThat(symbol("a/hrc/43/ngo/5")).hasToString("A/HRC/43/NGO/5");
  }

  @Test
  void everyModifierKeepsTheUnSpellingWhateverTheInputCase() {
    assertNormalises("A/74/1/ADD.1", "A/74/1/Add.1");
    assertNormalises("A/RES/70/1/amend.1", "A/RES/70/1/Amend.1");
    assertNormalises("A/74/1/CORR.2", "A/74/1/Corr.2");
    assertNormalises("A/74/1/rev.1", "A/74/1/Rev.1");
    assertNormalises("E/CN.4/2005/1/SUMMARY", "E/CN.4/2005/1/Summary");
  }

  @Test
  void modifierChainKeepsSpellingAndOrder() {
    Symbol corrigendum = symbol("a/hrc/43/2/add.1/corr.2");
    assertThat(corrigendum).hasToString("A/HRC/43/2/Add.1/Corr.2");
    assertThat(corrigendum.modifiers())
        .containsExactly(
            new SymbolModifier(SymbolModifier.Kind.ADDENDUM, 1),
            new SymbolModifier(SymbolModifier.Kind.CORRIGENDUM, 2));
    assertThat(corrigendum.isModifier()).isTrue();
    assertThat(corrigendum.isModifier(SymbolModifier.Kind.CORRIGENDUM)).isTrue();
    assertThat(corrigendum.isModifier(SymbolModifier.Kind.ADDENDUM)).isFalse();
  }

  @Test
  void summaryCarriesNoNumber() {
    assertThat(symbol("E/CN.4/2005/1/Summary").modifiers())
        .containsExactly(new SymbolModifier(SymbolModifier.Kind.SUMMARY, 0));
  }

  @Test
  void trailingStarMarksAReissueAndIsNotPartOfTheBase() {
    Symbol reissued = symbol("A/65/L.78*");
    assertThat(reissued.isReissue()).isTrue();
    assertThat(reissued).hasToString("A/65/L.78*").isNotEqualTo(symbol("A/65/L.78"));
    assertThat(reissued.base()).hasToString("A/65/L.78");
    assertThat(symbol("A/65/L.78 *")).isEqualTo(reissued);
  }

  @Test
  void sessionNumberFollowsTheSeries() {
    // GA session numbers in symbols from the 31st session (1976).
    Symbol document = symbol("A/31/99");
    assertThat(document.session()).hasValue("31");
    assertThat(document.number()).isEqualTo("99");
  }

  @Test
  void yearTakesThePlaceOfTheSession() {
    // ECOSOC from 1978, Security Council from 1994.
    assertThat(symbol("E/1978/99").session()).hasValue("1978");
    assertThat(symbol("S/1994/99").session()).hasValue("1994");
  }

  @Test
  void securityCouncilResolutionKeepsYearInParentheses() {
    Symbol resolution = symbol("S/RES/822 (1993)");
    assertThat(resolution).hasToString("S/RES/822 (1993)");
    assertThat(resolution.number()).isEqualTo("822");
    assertThat(resolution.session()).hasValue("1993");
    assertThat(symbol("S/RES/822(1993)")).isEqualTo(resolution).hasToString("S/RES/822 (1993)");
    assertThat(symbol("s/res/822 ( 1993 )")).hasToString("S/RES/822 (1993)");
  }

  @Test
  void subCommissionWorkingPaperExampleHasEveryComponent() {
    // ECOSOC / Commission on HR / Sub-Commission / WG on Slavery / 1987 / working paper 4 / add. 1
    Symbol paper = symbol("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1");
    assertThat(paper).hasToString("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1");
    assertThat(paper.series()).isEqualTo("E/CN.4/Sub.2/AC.2/");
    assertThat(paper.session()).hasValue("1987");
    assertThat(paper.typeMarker()).hasValue(TypeMarker.WORKING_PAPER);
    assertThat(paper.number()).isEqualTo("4");
    assertThat(paper.modifiers())
        .containsExactly(new SymbolModifier(SymbolModifier.Kind.ADDENDUM, 1));
  }

  @Test
  void earlyGeneralAssemblyResolutionsCarryTheirRomanSessionInParentheses() {
    // To the 30th session: 3363 (XXX), 217 A (III). They are symbols with their A/RES/ series.
    Symbol resolution = symbol("A/RES/3363(xxx)");
    assertThat(resolution).hasToString("A/RES/3363 (XXX)");
    assertThat(resolution.session()).hasValue("XXX");
    Symbol declaration = symbol("A/RES/217 A (III)");
    assertThat(declaration.letter()).hasValue("A");
    assertThat(declaration.session()).hasValue("III");
    assertThat(symbol("A/RES/3362 (S-VII)").session()).hasValue("S-VII");
  }

  @Test
  void bareResolutionCitationsNeedTheirSeries() {
    assertThat(Symbol.tryParse("3363 (XXX)")).isEmpty();
    assertThat(Symbol.generalAssemblyResolution("3363 (XXX)")).hasToString("A/RES/3363 (XXX)");
    assertThat(Symbol.generalAssemblyResolution("217 A (III)")).hasToString("A/RES/217 A (III)");
    assertThat(Symbol.generalAssemblyResolution("31/1")).hasToString("A/RES/31/1");
    assertThat(Symbol.generalAssemblyResolution(" 60/251 ")).hasToString("A/RES/60/251");
  }

  @Test
  void generalAssemblyDecisionsAreNumberedFrom301() {
    Symbol decision = symbol("A/DEC/31/301");
    assertThat(decision.typeMarker()).hasValue(TypeMarker.DECISION);
    assertThat(decision.session()).hasValue("31");
    assertThat(decision.number()).isEqualTo("301");
  }

  @Test
  void resolutionLetterIsPartOfTheSymbol() {
    assertThat(symbol("A/RES/31/16 A").letter()).hasValue("A");
    assertThat(symbol("A/RES/69/274 a")).hasToString("A/RES/69/274 A");
    assertThat(symbol("A/RES/69/274A")).hasToString("A/RES/69/274 A");
    assertThat(symbol("A/RES/69/274 A")).isNotEqualTo(symbol("A/RES/69/274 B"));
  }

  @Test
  void specialSessionsTakeThePlaceOfTheSession() {
    assertThat(symbol("A/RES/S-8/1").session()).hasValue("S-8");
    assertThat(symbol("a/res/s-8/1")).hasToString("A/RES/S-8/1");
    assertThat(symbol("A/RES/ES-10/19").session()).hasValue("ES-10");
  }

  // --- 1.2 HRC families ----------------------------------------------------------------------

  @Test
  void hrcSessionDocumentsAndTheirModifiers() {
    Symbol report = symbol("A/HRC/43/2");
    assertThat(report.series()).isEqualTo("A/HRC/");
    assertThat(report.session()).hasValue("43");
    assertThat(symbol("A/HRC/43/2/Add.1").base()).isEqualTo(report);
    assertThat(symbol("A/HRC/43/2/Corr.1").base()).isEqualTo(report);
    assertThat(symbol("A/HRC/43/2/Rev.1").base()).isEqualTo(report);
  }

  @Test
  void hrcDraftsAreLimited() {
    Symbol draft = symbol("A/HRC/43/L.5");
    assertThat(draft.typeMarker()).hasValue(TypeMarker.LIMITED);
    assertThat(draft.impliedDistribution()).hasValue(Distribution.LIMITED);
  }

  @Test
  void restrictedMarkerImpliesRestrictedDistribution() {
    assertThat(symbol("E/2020/R.3").impliedDistribution()).hasValue(Distribution.RESTRICTED);
  }

  @Test
  void otherMarkersImplyNoDistribution() {
    // A/HRC/WG.8/1/CRP.2 is printed "Distr.: Restricted", but its symbol does not say so.
    assertThat(symbol("A/HRC/WG.8/1/CRP.2").impliedDistribution()).isEmpty();
    assertThat(symbol("A/HRC/43/2").impliedDistribution()).isEmpty();
  }

  @Test
  void hrcNgoStatementsAndGovernmentCommunications() {
    assertThat(symbol("A/HRC/43/NGO/17").typeMarker()).hasValue(TypeMarker.NGO);
    Symbol note = symbol("A/HRC/43/G/17");
    assertThat(note.typeMarker()).hasValue(TypeMarker.GOVERNMENT);
    assertThat(note.session()).hasValue("43");
  }

  @Test
  void hrcResolutionsDecisionsAndPresidentialStatementsPutTheTypeBeforeTheSession() {
    Symbol resolution = symbol("A/HRC/RES/31/1");
    assertThat(resolution.series()).isEqualTo("A/HRC/");
    assertThat(resolution.session()).hasValue("31");
    assertThat(resolution.number()).isEqualTo("1");
    assertThat(symbol("A/HRC/DEC/31/102").number()).isEqualTo("102");
    assertThat(symbol("A/HRC/PRST/31/1").typeMarker()).hasValue(TypeMarker.PRESIDENTIAL_STATEMENT);
  }

  @Test
  void hrcSpecialSessionResolutions() {
    assertThat(symbol("A/HRC/RES/S-1/1").session()).hasValue("S-1");
    assertThat(symbol("A/HRC/RES/S-3/1").session()).hasValue("S-3");
  }

  @Test
  void workingGroupConferenceRoomPaper() {
    Symbol paper = symbol("A/HRC/WG.8/1/CRP.2");
    assertThat(paper.series()).isEqualTo("A/HRC/WG.8/");
    assertThat(paper.session()).hasValue("1");
    assertThat(paper.number()).isEqualTo("2");
  }

  // --- 1.3 normalisation, file names, AKN ----------------------------------------------------

  @Test
  void inputIsTrimmedAndInnerWhitespaceCollapsed() {
    assertNormalises("  A / HRC /\t43 / G / 17 \n", "A/HRC/43/G/17");
    assertNormalises("A/HRC/43/2/Add. 1", "A/HRC/43/2/Add.1");
    assertNormalises("S/RES/822\u00a0(1993)", "S/RES/822 (1993)");
    assertNormalises("A/RES/69/274    A", "A/RES/69/274 A");
  }

  @Test
  void fullWidthFormsAreFolded() {
    assertNormalises("Ａ／ＲＥＳ／６０／２５１", "A/RES/60/251");
    assertNormalises("A/HRC/43/2　", "A/HRC/43/2");
  }

  @Test
  void lettersAreUpperCasedAsOdsLooksThemUp() {
    assertNormalises("a/hrc/43/g/17", "A/HRC/43/G/17");
  }

  @Test
  void comparisonIgnoresCase() {
    Symbol upper = symbol("A/HRC/43/G/17");
    Symbol lower = symbol("a/hrc/43/g/17");
    assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
    assertThat(lower.compareTo(upper)).isZero();
  }

  @Test
  void orderingTakesNumbersByValue() {
    List<Symbol> sorted =
        List.copyOf(
            new TreeSet<>(
                List.of(
                    symbol("A/HRC/43/10"),
                    symbol("A/HRC/43/9"),
                    symbol("A/HRC/43/9/Add.1"),
                    symbol("A/HRC/5/1"))));
    assertThat(sorted)
        .extracting(Symbol::toString)
        .containsExactly("A/HRC/5/1", "A/HRC/43/9", "A/HRC/43/9/Add.1", "A/HRC/43/10");
  }

  @Test
  void fileNameFollowsTheDagHammarskjoldLibraryRule() {
    assertThat(symbol("A/HRC/43/G/17").fileName(Language.EN)).isEqualTo("A_HRC_43_G_17-EN.pdf");
    assertThat(symbol("A/HRC/43/G/17").fileName(Language.FR)).isEqualTo("A_HRC_43_G_17-FR.pdf");
    assertThat(symbol("S/RES/822 (1993)").fileName(Language.ZH))
        .isEqualTo("S_RES_822_(1993)-ZH.pdf");
    assertThat(symbol("A/65/L.78*").fileName(Language.AR)).isEqualTo("A_65_L.78!-AR.pdf");
  }

  @Test
  void fileNameSubstitutionsAreTheWholeLibraryRule() {
    assertThat(Symbol.fileSafe("a b/c[d]e*f:g;h")).isEqualTo("a_b_c^d^e!f#g%h");
  }

  @Test
  void fileNameOfSeveralSymbolsJoinsThemWithAmpersand() {
    assertThat(Symbol.fileName(List.of(symbol("A/74/123"), symbol("S/2019/456")), Language.RU))
        .isEqualTo("A_74_123&S_2019_456-RU.pdf");
    assertThatThrownBy(() -> Symbol.fileName(List.of(), Language.EN))
        .hasMessage("symbols must not be empty for a file name");
  }

  @Test
  void odsFileNameIsTheSameForPlainSymbols() {
    // ODS actions tool: symbol.replace("/", "_") + "-{LANG}.pdf"
    String symbol = "A/HRC/43/G/17";
    assertThat(symbol(symbol).fileName(Language.ES))
        .isEqualTo(symbol.replace("/", "_") + "-ES.pdf");
  }

  @Test
  void aknFormReplacesSlashesAndSpacesAndKeepsThePrintedForm() {
    Symbol council = symbol("CL 154/1");
    assertThat(council.akn()).isEqualTo("CL_154-1");
    assertThat(council).hasToString("CL 154/1");
    assertThat(symbol("S/RES/822 (1993)").akn()).isEqualTo("S-RES-822_(1993)");
    assertThat(symbol("A/65/L.78*").akn()).isEqualTo("A-65-L.78");
  }

  @Test
  void jointSymbolsMustBeParsedOneByOne() {
    // The printed joint form A/…–S/… (unverified) is two symbols, not one.
    assertThat(Symbol.tryParse("A/74/123–S/2019/456")).isEmpty();
  }

  // --- families ------------------------------------------------------------------------------

  @Test
  void baseStripsModifiersAndReissueMark() {
    assertThat(symbol("A/HRC/43/2/Add.1/Corr.2*").base()).hasToString("A/HRC/43/2");
    Symbol base = symbol("A/HRC/43/2");
    assertThat(base.base()).isSameAs(base);
    assertThat(base.isModifier()).isFalse();
  }

  @Test
  void parentStripsTheLastModifier() {
    assertThat(symbol("A/HRC/43/2/Add.1/Corr.2").parent()).hasValue(symbol("A/HRC/43/2/Add.1"));
    assertThat(symbol("A/HRC/43/2/Add.1").parent()).hasValue(symbol("A/HRC/43/2"));
    assertThat(symbol("A/HRC/43/2").parent()).isEmpty();
  }

  @Test
  void countryAndClassComponentsMayFollowTheSession() {
    // Universal periodic review and treaty-body documents.
    assertThat(symbol("A/HRC/WG.6/33/AFG/1").series()).isEqualTo("A/HRC/WG.6/");
    assertThat(symbol("CEDAW/C/FRA/CO/7-8").number()).isEqualTo("7-8");
  }
}
