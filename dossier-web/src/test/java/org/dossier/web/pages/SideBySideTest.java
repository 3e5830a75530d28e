package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the sentences of one aligned cell are put together for reading. */
class SideBySideTest {
  @Test
  void sentencesOfSpacedScriptsAreSeparatedByASpace() {
    assertThat(
            SideBySide.spaced(
                List.of(
                    "Le Conseil décide de rester saisi de la question.",
                    "Il prie le Secrétaire général de lui faire rapport.")))
        .containsExactly(
            "Le Conseil décide de rester saisi de la question. ",
            "Il prie le Secrétaire général de lui faire rapport.");
    assertThat(SideBySide.spaced(List.of("يقرر المجلس إبقاء المسألة قيد نظره.", "ويطلب تقريرا.")))
        .containsExactly("يقرر المجلس إبقاء المسألة قيد نظره. ", "ويطلب تقريرا.");
  }

  @Test
  void chineseAndJapaneseSentencesFollowEachOtherWithoutASpace() {
    assertThat(SideBySide.spaced(List.of("理事会决定继续处理此案。", "请秘书长在下届会议上提出报告。")))
        .containsExactly("理事会决定继续处理此案。", "请秘书长在下届会议上提出报告。");
    assertThat(SideBySide.spaced(List.of("理事会决定继续处理此案", "请秘书长提出报告。")))
        .containsExactly("理事会决定继续处理此案", "请秘书长提出报告。");
    assertThat(SideBySide.spaced(List.of("理事会は引き続きこの問題を取り扱うことを決定する。", "報告を要請する。")))
        .containsExactly("理事会は引き続きこの問題を取り扱うことを決定する。", "報告を要請する。");
  }

  @Test
  void aChineseCellQuotingLatinTextKeepsTheSpaceAfterIt() {
    assertThat(SideBySide.spaced(List.of("见 A/HRC/43/2.", "理事会决定继续处理此案。")))
        .containsExactly("见 A/HRC/43/2. ", "理事会决定继续处理此案。");
  }
}
