package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Body;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class OrgansTest {

  @Test
  void everyBodyIsFoundByItsNameInEveryLanguage() {
    for (Body body : Body.values()) {
      for (Language language : Language.values()) {
        String name = body.nameIn(language);
        assertThat(Organs.body(name)).as(name).contains(body);
      }
    }
  }

  @Test
  void aLineWithADigitNamesNoBody() {
    assertThat(Organs.body("Human Rights Council 2")).isEmpty();
  }

  @Test
  void spacedChineseAndStretchedArabicNamesAreNamesAsPrinted() {
    assertThat(Organs.isOrganization("联 合 国")).isTrue();
    assertThat(Organs.isOrganization("الأمــم المتحـدة")).isTrue();
    assertThat(Organs.body("大 会")).contains(Body.GENERAL_ASSEMBLY);
  }

  @Test
  void anOldMastheadsNameOverTwoLinesAndATreatysNameAreMastheadLines() {
    assertThat(Organs.isOrganization("UNITED")).isTrue();
    assertThat(Organs.isOrganization("NATIONS")).isTrue();
    assertThat(Organs.isTreaty("Конвенция о правах ребенка")).isTrue();
    assertThat(Organs.isTreaty("儿童权利公约")).isTrue();
    assertThat(Organs.isTreaty("Convention on Human Rights")).isFalse();
  }

  @Test
  void aTreatysFirstWordsOpenItsNameButItsLastWordsAloneAreNoTreaty() {
    assertThat(Organs.opensTreaty("International Covenant on")).isTrue();
    assertThat(Organs.opensTreaty("Convention on the")).isTrue();
    assertThat(Organs.opensTreaty("Convention on")).isFalse();
    assertThat(Organs.opensTreaty("The rights of the child")).isFalse();
    assertThat(Organs.isTreaty("Civil and Political Rights")).isFalse();
  }
}
