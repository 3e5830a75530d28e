package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPathsTest {
  @Test
  void symbolsKeepTheirSlashesAndSpacesAreEncoded() {
    assertThat(UrlPaths.encode("/en/S/RES/2451 (2019)")).isEqualTo("/en/S/RES/2451%20(2019)");
    assertThat(UrlPaths.encode("/fr/A/HRC/43/G/17")).isEqualTo("/fr/A/HRC/43/G/17");
    assertThat(UrlPaths.encode("/en/E/CN.4/2005/G/1*")).isEqualTo("/en/E/CN.4/2005/G/1*");
    assertThat(UrlPaths.encode("/api/v1/bodies/Economic and Social Council/sessions"))
        .isEqualTo("/api/v1/bodies/Economic%20and%20Social%20Council/sessions");
  }

  @Test
  void aProvisionalKeyIsAPathToo() {
    assertThat(UrlPaths.encode("/ar/provisional:fr-1a7a508cbf762381"))
        .isEqualTo("/ar/provisional:fr-1a7a508cbf762381");
  }
}
