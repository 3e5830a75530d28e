package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.catalogue.FamilyRelation;
import org.dossier.catalogue.internal.Symbols.Family;
import org.junit.jupiter.api.Test;

class SymbolsTest {

  @Test
  void theKeyIsTheNormalisedSymbolUpperCased() {
    assertThat(Symbols.normalise("  a/hrc/43/g/17 ")).isEqualTo("A/HRC/43/G/17");
    assertThat(Symbols.normalise("S/RES/822\u00A0  (1993)")).isEqualTo("S/RES/822 (1993)");
    assertThat(Symbols.normalise("A/HRC/43/2/add.1")).isEqualTo("A/HRC/43/2/ADD.1");
  }

  @Test
  void thePrintedFormKeepsTheUnSpellingOfModifiers() {
    assertThat(Symbols.printed("a/hrc/43/2/ADD.1")).isEqualTo("A/HRC/43/2/Add.1");
  }

  @Test
  void textOutsideTheSymbolGrammarIsStillKeyed() {
    assertThat(Symbols.normalise(" provisional:en-1fda9c2e  "))
        .isEqualTo("PROVISIONAL:EN-1FDA9C2E");
  }

  @Test
  void aBlankSymbolIsNone() {
    assertThat(Symbols.normalise(" \t")).isNull();
    assertThat(Symbols.normalise(null)).isNull();
  }

  @Test
  void modifiersNameTheBaseAndTheRelation() {
    assertThat(Symbols.familyOf("A/HRC/43/2/ADD.1"))
        .contains(new Family("A/HRC/43/2", FamilyRelation.ADDENDUM));
    assertThat(Symbols.familyOf("A/HRC/43/2/CORR.2"))
        .contains(new Family("A/HRC/43/2", FamilyRelation.CORRIGENDUM));
    assertThat(Symbols.familyOf("A/HRC/43/L.5/REV.1"))
        .contains(new Family("A/HRC/43/L.5", FamilyRelation.REVISION));
    assertThat(Symbols.familyOf("A/71/AMEND.1"))
        .contains(new Family("A/71", FamilyRelation.AMENDMENT));
  }

  @Test
  void aReissueStarPointsToTheSymbolWithoutIt() {
    assertThat(Symbols.familyOf("A/65/L.78*"))
        .contains(new Family("A/65/L.78", FamilyRelation.REISSUE));
  }

  @Test
  void aSummaryBelongsToItsDocument() {
    assertThat(Symbols.familyOf("A/HRC/43/2/SUMMARY"))
        .contains(new Family("A/HRC/43/2", FamilyRelation.SUMMARY));
  }

  @Test
  void aCorrigendumOfAnAddendumBelongsToTheAddendum() {
    assertThat(Symbols.familyOf("A/HRC/43/2/ADD.1/CORR.1"))
        .contains(new Family("A/HRC/43/2/ADD.1", FamilyRelation.CORRIGENDUM));
  }

  @Test
  void aPlainSymbolHasNoFamilyBase() {
    assertThat(Symbols.familyOf("A/HRC/43/G/17")).isEmpty();
    assertThat(Symbols.familyOf("A/HRC/ADDRESS")).isEmpty();
  }
}
