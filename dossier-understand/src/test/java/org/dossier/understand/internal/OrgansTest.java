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
}
