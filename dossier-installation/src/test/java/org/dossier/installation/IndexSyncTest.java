package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexSyncTest {
  @Test
  void bodiesAreIndexedByTheirCode() {
    assertThat(IndexSync.bodyCode("Human Rights Council")).isEqualTo("HRC");
    assertThat(IndexSync.bodyCode("Conseil de sécurité")).isEqualTo("SC");
    assertThat(IndexSync.bodyCode("Economic and Social Council")).isEqualTo("ECOSOC");
  }

  @Test
  void aBodyTheModelDoesNotKnowIsIndexedByItsName() {
    assertThat(IndexSync.bodyCode("Council of Elrond")).isEqualTo("Council of Elrond");
    assertThat(IndexSync.bodyCode(null)).isNull();
  }
}
