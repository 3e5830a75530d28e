package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.catalogue.FamilyRelation;
import org.dossier.catalogue.internal.Symbols.Family;
import org.junit.jupiter.api.Test;

class SymbolsTest {

  @Test
  void normalisingTrimsCollapsesSpacesAndUpperCases() {
    assertThat(Symbols.normalise("  a/hrc/43/g/17 ")).isEqualTo("A/HRC/43/G/17");
    assertThat(Symbols.normalise("S/RES/822\u00A0  (1993)")).isEqualTo("S/RES/822 (1993)");
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
