package org.dossier.understand;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the text rules directly (masthead, headings, citations…), past encoding detection and
 * Tika, so that every execution is spent on them. Corpus and fuzz run as for {@link
 * ParserFuzzTest}.
 */
class TextParserFuzzTest {
  private static final DocumentParser PARSER = DocumentParser.create();

  /** Any text (the bytes read as UTF-8, so seeds are plain text files): always a record. */
  @FuzzTest
  void anyTextGivesARecord(byte[] utf8) {
    ParserFuzzTest.assertWritable(
        PARSER.parseText("fuzz.txt", new String(utf8, StandardCharsets.UTF_8)));
  }
}
