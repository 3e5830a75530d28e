package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dossier.model.DocumentRecord;

/**
 * Jazzer fuzz targets. Under plain {@code mvn verify} they replay the corpus in {@code
 * src/test/resources/org/dossier/understand/ParserFuzzTestInputs/<method>/}, where every crash
 * found is kept as a file; with {@code JAZZER_FUZZ=1} they fuzz for the bounded duration.
 *
 * <p>Jazzer 0.24.0 runs under JUnit 6, but its bundled ASM cannot read Java 25 class files, so it
 * can instrument neither Dossier nor the JDK: fuzzing would be blind, without coverage feedback.
 * Its hooks are therefore switched off ({@code junit-platform.properties}) and the mutation budget
 * is spent by {@link SeededMutationTest} instead.
 */
class ParserFuzzTest {
  private static final DocumentParser PARSER = DocumentParser.create();

  /** Any bytes: either a record, or a refusal that names the input and the reason. */
  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveARecordOrOneClearRefusal(byte[] bytes) {
    try {
      assertWritable(PARSER.parse("fuzz.bin", bytes));
    } catch (UnreadableDocumentException refusal) {
      assertThat(refusal.getMessage()).startsWith("fuzz.bin: ").hasSizeGreaterThan(12);
    }
  }

  /** Any text (the bytes read as UTF-8, so seeds are plain text files): always a record. */
  @FuzzTest(maxDuration = "60s")
  void anyTextGivesARecord(byte[] utf8) {
    assertWritable(PARSER.parseText("fuzz.txt", new String(utf8, StandardCharsets.UTF_8)));
  }

  private static void assertWritable(ParsedDocument document) {
    DocumentRecord record = document.record();
    assertThat(RecordJson.read(RecordJson.toJsonLine(record))).isEqualTo(record);
    assertThat(AkomaNtoso.write(document)).startsWith("<?xml");
    for (DocumentRecord.Warning warning : record.warnings()) {
      assertThat(warning.line()).isPositive();
      assertThat(warning.column()).isPositive();
    }
  }
}
