package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dossier.model.DocumentRecord;

/**
 * Fuzzes the whole parser with raw bytes: encoding detection, format sniffing, Tika and the text
 * rules. {@code mvn verify} replays the corpus in {@code
 * src/test/resources/org/dossier/understand/ParserFuzzTestInputs/<method>/} with the unit tests,
 * then the {@code fuzz} profile fuzzes for {@code dossier.fuzz.duration}; a crashing input is
 * written to that directory, to be committed with its fix (docs/fuzzing.md).
 */
class ParserFuzzTest {
  private static final DocumentParser PARSER = DocumentParser.create();

  /** Any bytes: either a record, or a refusal that names the input and the reason. */
  @FuzzTest
  void anyBytesGiveARecordOrOneClearRefusal(byte[] bytes) {
    try {
      assertWritable(PARSER.parse("fuzz.bin", bytes));
    } catch (UnreadableDocumentException refusal) {
      assertThat(refusal.getMessage()).startsWith("fuzz.bin: ").hasSizeGreaterThan(12);
    }
  }

  /** The record survives both writers, and every warning points at a real line and column. */
  static void assertWritable(ParsedDocument document) {
    DocumentRecord record = document.record();
    assertThat(RecordJson.read(RecordJson.toJsonLine(record))).isEqualTo(record);
    assertThat(AkomaNtoso.write(document)).startsWith("<?xml");
    for (DocumentRecord.Warning warning : record.warnings()) {
      assertThat(warning.line()).isPositive();
      assertThat(warning.column()).isPositive();
    }
  }
}
