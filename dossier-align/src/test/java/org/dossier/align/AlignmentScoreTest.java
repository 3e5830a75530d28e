package org.dossier.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases, the expected counts worked out on paper from the scoring rules. */
class AlignmentScoreTest {
  private static List<Bead> beads(String text) {
    return Beads.parse(text, "case");
  }

  @Test
  void identicalAlignmentsScoreOne() {
    List<Bead> gold = beads("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3, 4]");
    AlignmentScore score = AlignmentScore.of(gold, gold);
    assertThat(score.strictF1()).isEqualTo(1.0);
    assertThat(score.laxF1()).isEqualTo(1.0);
  }

  @Test
  void aSplitBeadIsLaxButNotStrict() {
    // Gold [0]:[0], [1]:[1, 2]; predicted [0]:[0], [1]:[1], []:[2].
    // Precision: 3 predicted beads; [0]:[0] strict; [1]:[1] lax (1→1 in gold); []:[2] neither.
    // Recall: 2 gold beads; [0]:[0] strict; [1]:[1, 2] lax (predicted links 1→1).
    AlignmentScore score =
        AlignmentScore.of(beads("[0]:[0]\n[1]:[1, 2]"), beads("[0]:[0]\n[1]:[1]\n[]:[2]"));
    assertThat(score.strictPrecision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(score.laxPrecision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(score.strictRecall()).isCloseTo(1 / 2.0, within(1e-9));
    assertThat(score.laxRecall()).isCloseTo(1.0, within(1e-9));
    assertThat(score.strictF1()).isCloseTo(0.4, within(1e-9));
    assertThat(score.laxF1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void goldInsertionsDoNotCountForRecallButPredictedOnesCountForPrecision() {
    // Gold [0]:[0], [1]:[]; predicted [0]:[0], [1]:[], [] : [] (dropped).
    AlignmentScore score =
        AlignmentScore.of(beads("[0]:[0]\n[1]:[]"), beads("[0]:[0]\n[1]:[]\n[]:[]"));
    assertThat(score.strictPrecision()).isEqualTo(1.0);
    assertThat(score.strictRecall()).isEqualTo(1.0);
  }

  @Test
  void crossedLinksAreWrongEvenLax() {
    AlignmentScore score = AlignmentScore.of(beads("[0]:[0]\n[1]:[1]"), beads("[0]:[1]\n[1]:[0]"));
    assertThat(score.laxF1()).isZero();
    assertThat(score.strictF1()).isZero();
  }

  @Test
  void countsAreSummedOverDocumentsNotAveraged() {
    // Document 1: 1 of 1 right; document 2: 0 of 3 right → 1/4, not (1 + 0) / 2.
    AlignmentScore score =
        AlignmentScore.ofDocuments(
            List.of(beads("[0]:[0]"), beads("[0]:[0]\n[1]:[1]\n[2]:[2]")),
            List.of(beads("[0]:[0]"), beads("[0]:[1]\n[1]:[2]\n[2]:[0]")));
    assertThat(score.strictPrecision()).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void aBadBeadLineIsNamed() {
    assertThatThrownBy(() -> Beads.parse("[0]:[0]\n[1]-[1]", "gold.defr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gold.defr line 2: expected a bead such as [4]:[5, 6], found \"[1]-[1]\"");
  }

  @Test
  void beadsPrintAsTheReferenceData() {
    assertThat(Beads.format(List.of(Bead.of(4, 1, 5, 3), Bead.of(5, 1, 8, 0))))
        .isEqualTo("[4]:[5, 6, 7]\n[5]:[]\n");
  }
}
