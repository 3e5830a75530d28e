package org.dossier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.dossier.model.Language;

/**
 * The ordinal numbers of the sessions and Security Council years the generator writes, in words,
 * read from its own table {@code ordinals.tsv} (lower case).
 */
final class Ordinals {
  /** The grammatical form an ordinal takes before its noun. */
  enum Form {
    /** Before "session" as a heading: Russian feminine nominative. */
    SESSION,
    /** "Of the … session" in running text: Russian feminine genitive, Arabic genitive. */
    SESSION_OF,
    /** Before "year": Russian masculine nominative. */
    YEAR
  }

  private static final Map<Integer, String[]> ROWS = load();

  private Ordinals() {}

  /** Number {@code n} in {@code language}, in the given form. */
  static String of(int n, Language language, Form form) {
    String[] row = ROWS.get(n);
    if (row == null) {
      throw new IllegalArgumentException(
          "ordinals.tsv has no ordinal " + n + "; known: " + ROWS.keySet());
    }
    int column =
        switch (language) {
          case EN -> 1;
          case FR -> 2;
          case ES -> 3;
          case RU ->
              switch (form) {
                case SESSION -> 4;
                case SESSION_OF -> 5;
                case YEAR -> 6;
              };
          case AR -> form == Form.SESSION_OF ? 8 : 7;
          case ZH -> 9;
        };
    return row[column];
  }

  private static Map<Integer, String[]> load() {
    String resource = "ordinals.tsv";
    Map<Integer, String[]> rows = new HashMap<>();
    try (InputStream in = Ordinals.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 10) {
          throw new IllegalStateException(
              resource
                  + ":"
                  + lineNumber
                  + ": expected 10 tab-separated cells, got "
                  + cells.length);
        }
        rows.put(Integer.parseInt(cells[0]), cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return Map.copyOf(rows);
  }
}
