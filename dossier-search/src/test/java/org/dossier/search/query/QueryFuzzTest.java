package org.dossier.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the query language: whatever people type into the search box gives either a query or a
 * {@link QuerySyntaxException} that names the problem and a column inside the text, never another
 * exception. {@code mvn verify} replays the corpus in {@code QueryFuzzTestInputs/<method>/} and the
 * {@code fuzz} profile fuzzes for {@code dossier.fuzz.duration} (docs/fuzzing.md).
 */
class QueryFuzzTest {
  private static final QueryParser PARSER = QueryParser.withoutCountryNames();

  /** The bytes read as UTF-8, so seeds are plain text files. */
  @FuzzTest
  void anyTextIsAQueryOrOneClearRefusal(byte[] utf8) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    try {
      assertThat(PARSER.parse(text)).isNotNull();
    } catch (QuerySyntaxException refusal) {
      assertThat(refusal.column()).isBetween(1, text.length() + 1);
      assertThat(refusal.getMessage()).endsWith(" at column " + refusal.column());
    }
  }
}
