package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
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
  void goldWhoseFileWasRefusedOrNotGivenMissesEveryField() {
    DocumentRecord parsedOne = Records.full();
    DocumentRecord refused = Records.full("in/refused.pdf");

    Evaluation.Report report =
        Evaluation.evaluate(List.of(Records.full(), refused), List.of(parsedOne));

    assertThat(report.unmatchedGold()).containsExactly("in/refused.pdf");
    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.fields()).allSatisfy(field -> assertThat(field.score()).isEqualTo(0.5));
    assertThat(report.overall()).isEqualTo(0.5);
  }

  @Test
  void noParsedRecordAtAllScoresZeroNotOneHundredPercent() {
    Evaluation.Report report = Evaluation.evaluate(List.of(Records.full()), List.of());

    assertThat(report.overall()).isZero();
    assertThat(report.belowGate(0.01)).hasSize(Evaluation.FIELDS.size());
  }

  @Test
  void emptyGoldIsAnErrorNotAPerfectScore() {
    assertThatThrownBy(() -> Evaluation.evaluate(List.of(), List.of(Records.full())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no gold record");
  }

  @Test
  void goldWithoutLanguageIsAnError() {
    DocumentRecord gold = DocumentRecord.builder("a.txt").build();

    assertThatThrownBy(() -> Evaluation.evaluate(List.of(gold), List.of(gold)))
        .hasMessage("gold record a.txt has no language");
  }

  @Test
  void oneFieldBelowTheGateFailsItWhileTheMeanPasses() {
    List<DocumentRecord> gold = new ArrayList<>();
    List<DocumentRecord> parsed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      DocumentRecord record = Records.full("d" + i + ".txt");
      gold.add(record);
      // Two wrong countries in ten: 0.8 on one field, 1.0 on the nineteen others.
      parsed.add(i < 2 ? record.toBuilder().country("UGA").build() : record);
    }

    Evaluation.Report report = Evaluation.evaluate(gold, parsed);

    assertThat(report.overall()).isGreaterThan(0.98);
    assertThat(report.belowGate(0.98))
        .containsExactly(new Evaluation.Cell("country", Language.FR, 0.8, 10));
    assertThat(report.belowGate(0.8)).isEmpty();
  }

  @Test
  void theGateAppliesToEachLanguageNotToTheirMean() {
    List<DocumentRecord> gold = new ArrayList<>();
    List<DocumentRecord> parsed = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      DocumentRecord french = Records.full("fr" + i + ".txt");
      gold.add(french);
      parsed.add(french);
    }
    DocumentRecord russian = Records.full("ru.txt").toBuilder().language(Language.RU).build();
    gold.add(russian);
    parsed.add(russian.toBuilder().symbol("A/HRC/46/G/6").build());

    Evaluation.Report report = Evaluation.evaluate(gold, parsed);

    assertThat(score(report, "symbol")).isCloseTo(0.9, within(1e-9));
    assertThat(report.accuracy("symbol", Language.FR)).isEqualTo(1.0);
    assertThat(report.accuracy("symbol", Language.RU)).isZero();
    assertThat(report.languages()).containsExactly(Language.FR, Language.RU);
    assertThat(report.belowGate(0.5))
        .containsExactly(new Evaluation.Cell("symbol", Language.RU, 0.0, 1));
    assertThatThrownBy(() -> report.accuracy("symbol", Language.ZH))
        .hasMessage("no zh document scored for field symbol");
  }

  private static double score(Evaluation.Report report, String field) {
    return report.fields().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .orElseThrow()
        .score();
  }
}
