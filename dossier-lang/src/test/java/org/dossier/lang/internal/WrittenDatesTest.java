package org.dossier.lang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {
  private static final MonthNames MONTHS =
      new MonthNames(
          List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"));
  private final WrittenDates dates =
      new WrittenDates(MONTHS, "{d} of {m}, {y} AD", "1st", " / ", " ~ ", "-");

  @Test
  void theTemplateSaysWhatStandsBetweenAndAfterTheParts() {
    assertThat(dates.format(LocalDate.of(2020, 5, 6))).isEqualTo("6 of m5, 2020 AD");
    assertThat(dates.format(LocalDate.of(2020, 5, 1))).isEqualTo("1st of m5, 2020 AD");
  }

  @Test
  void aRangeWritesOnceWhatItsEndsShare() {
    assertThat(dates.formatRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 27)))
        .isEqualTo("9-27 of m9, 2019 AD");
    assertThat(dates.formatRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20)))
        .isEqualTo("24 of m2 ~ 20 of m3, 2020 AD");
    assertThat(dates.formatRange(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 2)))
        .isEqualTo("30 of m12, 2019 AD / 2 of m1, 2020 AD");
  }

  @Test
  void aTemplateOutOfOrderIsRefusedByName() {
    assertThatThrownBy(() -> new WrittenDates(MONTHS, "{y}年{m}月{d}日", "1", "", "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{y}年{m}月{d}日");
  }
}
