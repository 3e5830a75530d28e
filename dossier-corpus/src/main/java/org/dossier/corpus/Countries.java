package org.dossier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Language;

/**
 * The Member States that write to the generator's bodies, read from the generator's own table
 * {@code countries.tsv}: the official languages each is likely to write in (the first is the most
 * likely), its short name in each language and the form that follows "Permanent Mission".
 */
final class Countries {
  /**
   * One State.
   *
   * @param alpha3 ISO 3166-1 alpha-3 code
   * @param languages the languages it writes in, most likely first
   * @param names its short name in each language
   * @param ofNames its name as the complement of "Permanent Mission" in each language
   */
  record Country(
      String alpha3,
      List<Language> languages,
      Map<Language, String> names,
      Map<Language, String> ofNames) {}

  /** Column order of the names in the table after the code and the languages. */
  private static final Language[] COLUMNS = {
    Language.EN, Language.FR, Language.ES, Language.RU, Language.AR, Language.ZH
  };

  /** Arabic and Chinese write the bare name where the others have an "of" form. */
  private static final int FIRST_BARE = 4;

  static final List<Country> ALL = load();

  private static final Map<String, Country> BY_CODE = index();

  private Countries() {}

  /** The State with the given alpha-3 code. */
  static Country of(String alpha3) {
    Country country = BY_CODE.get(alpha3);
    if (country == null) {
      throw new IllegalArgumentException(
          "countries.tsv has no State '" + alpha3 + "'; known: " + BY_CODE.keySet());
    }
    return country;
  }

  private static Map<String, Country> index() {
    Map<String, Country> byCode = new LinkedHashMap<>();
    ALL.forEach(country -> byCode.put(country.alpha3(), country));
    return byCode;
  }

  private static List<Country> load() {
    String resource = "countries.tsv";
    List<Country> countries = new ArrayList<>();
    try (InputStream in = Countries.class.getResourceAsStream(resource)) {
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
        countries.add(parse(line.split("\t", -1), resource + ":" + lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return List.copyOf(countries);
  }

  private static Country parse(String[] cells, String origin) {
    int expected = 2 + FIRST_BARE * 2 + (COLUMNS.length - FIRST_BARE);
    if (cells.length != expected) {
      throw new IllegalStateException(
          origin + ": expected " + expected + " tab-separated cells, got " + cells.length);
    }
    List<Language> languages =
        Arrays.stream(cells[1].split(" "))
            .map(code ->
                Language.fromCode(code)
                    .orElseThrow(() ->
                        new IllegalStateException(
                            origin + ": '" + code + "' is not an official language code")))
            .toList();
    Map<Language, String> names = new EnumMap<>(Language.class);
    Map<Language, String> ofNames = new EnumMap<>(Language.class);
    int cell = 2;
    for (int i = 0; i < COLUMNS.length; i++) {
      String name = cells[cell++];
      names.put(COLUMNS[i], name);
      ofNames.put(COLUMNS[i], i < FIRST_BARE ? cells[cell++] : name);
    }
    return new Country(cells[0], languages, Map.copyOf(names), Map.copyOf(ofNames));
  }
}
