package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DossierVersionTest {

  @Test
  void versionsCompareNumerically() {
    assertThat(DossierVersion.parse("0.10.0")).isGreaterThan(DossierVersion.parse("0.9.1"));
    assertThat(DossierVersion.parse("1.2")).isEqualTo(DossierVersion.parse("1.2.0"));
  }

  @Test
  void aSnapshotComesBeforeItsRelease() {
    assertThat(DossierVersion.parse("0.1.0-SNAPSHOT")).isLessThan(DossierVersion.parse("0.1.0"));
    assertThat(DossierVersion.parse("0.1.0-SNAPSHOT")).isGreaterThan(DossierVersion.parse("0.0.9"));
  }

  @Test
  void theBuildKnowsItsVersion() {
    assertThat(DossierVersion.current().toString()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void aMalformedVersionIsRefused() {
    assertThatThrownBy(() -> DossierVersion.parse("${project.version}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got ${project.version}");
  }
}
