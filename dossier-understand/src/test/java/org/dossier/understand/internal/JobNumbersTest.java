package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GE.20-06123(E)|GE.20-06123(E)",
        "GE.07-13562 (E) 160807|GE.07-13562 (E)",
        "GE.07-13561 (S) 240807 110907|GE.07-13561 (S)",
        "20-06123 (E) 150520|20-06123 (E)",
        "05-23972 (E) 140305 *0523972*|05-23972 (E)",
        "11-37476* (E) 160611 150611|11-37476* (E)",
        "GE.13-13935|GE.13-13935",
        "V.19-01234 (R)|V.19-01234 (R)"
      })
  void readsTheGrammarOfUnConventions(String line, String expected) {
    assertThat(JobNumbers.parse(line)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20-06123", "24 February–20 March 2020", "2020-2021", "A/HRC/43/1"})
  void somethingElseIsNoJobNumber(String line) {
    assertThat(JobNumbers.parse(line)).isNull();
  }

  @Test
  void barCodeIsRecognised() {
    assertThat(JobNumbers.isBarCode("*2006123*")).isTrue();
    assertThat(JobNumbers.isBarCode("* Late submission.")).isFalse();
  }
}
