package org.dossier.lang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.lang.Match;
import org.junit.jupiter.api.Test;

class NameDictionaryTest {
  @Test
  void longestNameWinsAndOffsetsAreThoseOfTheText() {
    NameDictionary names =
        new NameDictionary(true).add("Guinea", "GIN").add("Guinea-Bissau", "GNB");
    assertThat(names.find("to Guinea‑Bissau and Guinea."))
        .containsExactly(new Match<>("GNB", 3, 16), new Match<>("GIN", 21, 27));
  }

  @Test
  void namesEndAtWordBoundariesInSpacedScripts() {
    NameDictionary names = new NameDictionary(true).add("Oman", "OMN");
    assertThat(names.find("Omani officials")).isEmpty();
    assertThat(new NameDictionary(false).add("中国", "CHN").find("中国人")).hasSize(1);
  }

  @Test
  void aCapitalisedNameNeedsACapitalInTheText() {
    NameDictionary names = new NameDictionary(true).add("Turkey", "TUR");
    assertThat(names.find("a turkey")).isEmpty();
    assertThat(names.find("TURKEY")).extracting(Match::value).containsExactly("TUR");
  }

  @Test
  void spacesAccentsAndApostrophesAreFolded() {
    NameDictionary names = new NameDictionary(true).add("Côte d'Ivoire", "CIV");
    assertThat(names.find("Cote  d’Ivoire")).extracting(Match::value).containsExactly("CIV");
  }

  @Test
  void aPrefixMayResumeTheNamePartway() {
    // Arabic: ل + الولايات is written للولايات.
    NameDictionary names =
        new NameDictionary(true).add("الولايات المتحدة", "USA").prefix("لل", "ال");
    assertThat(names.find("للولايات المتحدة")).containsExactly(new Match<>("USA", 0, 16));
  }

  @Test
  void prefixesChainTwice() {
    NameDictionary names =
        new NameDictionary(true)
            .add("Azerbaijan", "AZE")
            .prefix("the ", "")
            .prefix("Republic of ", "");
    assertThat(names.find("of the Republic of Azerbaijan"))
        .containsExactly(new Match<>("AZE", 3, 29));
  }
}
