package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The job number without its language letter, as the matcher compares it. */
class JobKeyTest {
  @Test
  void theLanguageLetterAndItsSpacingAreDropped() {
    assertThat(ProvisionalMatcher.jobKey("GE.20-06123(E)")).isEqualTo("GE.20-06123");
    assertThat(ProvisionalMatcher.jobKey("GE.20-06123 (F)")).isEqualTo("GE.20-06123");
    assertThat(ProvisionalMatcher.jobKey("20-06123 (E)")).isEqualTo("20-06123");
  }

  @Test
  void printedDatesBarCodeMarksAndCaseAreIgnored() {
    assertThat(ProvisionalMatcher.jobKey("11-37476* (E) 160611 150611")).isEqualTo("11-37476");
    assertThat(ProvisionalMatcher.jobKey("ge.07-13562 (S) 240807")).isEqualTo("GE.07-13562");
    assertThat(ProvisionalMatcher.jobKey("GE.13-13935")).isEqualTo("GE.13-13935");
  }

  @Test
  void somethingElseHasNoKey() {
    assertThat(ProvisionalMatcher.jobKey(null)).isNull();
    assertThat(ProvisionalMatcher.jobKey("A/HRC/43/2")).isNull();
    assertThat(ProvisionalMatcher.jobKey("GE.20-061234567(E)")).isNull();
  }
}
