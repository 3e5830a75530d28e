package org.dossier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Body;
import org.dossier.model.Language;

/**
 * Agenda item titles in six languages, read from {@code agenda.tsv}: the Human Rights Council's
 * standing agenda (un-conventions §3.1) and a few General Assembly and Economic and Social Council
 * items. Titles the conventions do not attest in a language were written for the generator; they
 * are flagged so that evaluations can tell a parser's error from the generator's guess.
 */
final class AgendaCatalogue {
  /** One item's title in one language, and whether a source attests it. */
  record Title(String text, boolean attested) {}

  private static final Map<Body, Map<Integer, Map<Language, Title>>> TITLES = load();

  private AgendaCatalogue() {}

  /** The item numbers known for {@code body}, ascending; empty for the Security Council. */
  static List<Integer> items(Body body) {
    return TITLES.getOrDefault(body, Map.of()).keySet().stream().sorted().toList();
  }

  static Title title(Body body, int item, Language language) {
    Title title = TITLES.getOrDefault(body, Map.of()).getOrDefault(item, Map.of()).get(language);
    if (title == null) {
      throw new IllegalArgumentException(
          "No title for agenda item " + item + " of " + body + " in " + language);
    }
    return title;
  }

  private static Map<Body, Map<Integer, Map<Language, Title>>> load() {
    Map<Body, Map<Integer, Map<Language, Title>>> titles = new EnumMap<>(Body.class);
    try (InputStream in = AgendaCatalogue.class.getResourceAsStream("agenda.tsv")) {
      if (in == null) {
        throw new IllegalStateException("Missing resource agenda.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
        if (fields.size() != 5) {
          throw new IllegalStateException(
              "agenda.tsv:" + lineNumber + ": expected 5 tab-separated fields, got " + fields);
        }
        Body body = Body.valueOf(fields.get(0));
        int item = Integer.parseInt(fields.get(1));
        Language language = Language.fromCode(fields.get(2)).orElse(null);
        if (language == null) {
          throw new IllegalStateException(
              "agenda.tsv:" + lineNumber + ": unknown language " + fields.get(2));
        }
        titles
            .computeIfAbsent(body, b -> new HashMap<>())
            .computeIfAbsent(item, i -> new EnumMap<>(Language.class))
            .put(language, new Title(fields.get(4), fields.get(3).equals("y")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read agenda.tsv", e);
    }
    return titles;
  }
}
