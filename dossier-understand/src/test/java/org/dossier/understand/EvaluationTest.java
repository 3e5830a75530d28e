package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void identicalRecordsScorePerfectlyWhateverTheirDirectory() {
    DocumentRecord gold = Records.full();
    DocumentRecord parsed = gold.toBuilder().build();
    DocumentRecord moved = DocumentRecord.builder("elsewhere/kenya.txt").build();

    Evaluation.Report report = Evaluation.evaluate(List.of(gold), List.of(parsed));

    assertThat(report.overall()).isEqualTo(1.0);
    assertThat(report.misses()).isEmpty();
    assertThat(Evaluation.evaluate(List.of(gold), List.of(moved)).documents()).isEqualTo(1);
  }

  @Test
  void scalarMissIsExactAndListMissIsSetF1() {
    DocumentRecord gold = Records.full();
    DocumentRecord parsed =
        gold.toBuilder()
            .country("KEY")
            .addCitation(new DocumentRecord.Citation("resolution 5/1", "A/HRC/RES/5/1"))
            .build();

    Evaluation.Report report = Evaluation.evaluate(List.of(gold), List.of(parsed));

    assertThat(score(report, "country")).isZero();
    assertThat(score(report, "citations")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.misses())
        .extracting(Evaluation.Miss::field)
        .containsExactly("country", "citations");
    assertThat(report.misses().getFirst().expected()).isEqualTo("KEN");
  }

  @Test
  void goldWithoutParsedFileIsReported() {
    Evaluation.Report report = Evaluation.evaluate(List.of(Records.full()), List.of());

    assertThat(report.unmatchedGold()).containsExactly("in/kenya.txt");
    assertThat(report.documents()).isZero();
  }

  private static double score(Evaluation.Report report, String field) {
    return report.fields().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .orElseThrow()
        .score();
  }
}
