package org.dossier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.model.Language;

/**
 * The generator's own prose in one language, read from {@code phrases_xx.txt}. A bank is a list of
 * keys, each with numbered variants; the six banks are parallel (variant 3 of a key says the same
 * thing in every language), so the language versions of a document translate each other sentence by
 * sentence.
 *
 * <p>File format: {@code [key]} (letters, digits, dots, underscores) opens a key; each following
 * non-blank line is one variant; lines starting with {@code #} are comments. Variants are {@link
 * Template templates}.
 */
final class PhraseBank {
  private static final Pattern KEY = Pattern.compile("\\[[A-Za-z0-9._]+]");
  private static final Map<Language, PhraseBank> BANKS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BANKS.put(language, load(language));
    }
  }

  private final Language language;
  private final Map<String, List<Template>> entries;

  private PhraseBank(Language language, Map<String, List<Template>> entries) {
    this.language = language;
    this.entries = entries;
  }

  static PhraseBank of(Language language) {
    return BANKS.get(language);
  }

  Language language() {
    return language;
  }

  /** The keys of the bank, in file order. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  /** How many variants {@code key} has. */
  int size(String key) {
    return variants(key).size();
  }

  /** Variant {@code index} of {@code key}, modulo the number of variants. */
  Template get(String key, int index) {
    List<Template> variants = variants(key);
    return variants.get(Math.floorMod(index, variants.size()));
  }

  /** Variant {@code index} of {@code key} filled from {@code slots}. */
  String fill(String key, int index, Map<String, String> slots) {
    return get(key, index).fill(slots, language);
  }

  /** Variant {@code index} of {@code key} filled from {@code slots}, then {@code defaults}. */
  String fill(String key, int index, Map<String, String> slots, Map<String, String> defaults) {
    return get(key, index).fill(slots, defaults, language);
  }

  private List<Template> variants(String key) {
    List<Template> variants = entries.get(key);
    if (variants == null) {
      throw new IllegalArgumentException(
          "Phrase bank " + language + " has no key [" + key + "]; known: " + entries.keySet());
    }
    return variants;
  }

  private static PhraseBank load(Language language) {
    String resource = "phrases_" + language.code() + ".txt";
    Map<String, List<Template>> entries = new LinkedHashMap<>();
    try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing phrase bank resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Template> current = null;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (KEY.matcher(trimmed).matches()) {
          current = new ArrayList<>();
          entries.put(trimmed.substring(1, trimmed.length() - 1), current);
        } else if (current == null) {
          throw new IllegalStateException(
              resource + ":" + lineNumber + ": text before the first [key]");
        } else {
          current.add(Template.parse(trimmed, resource + ":" + lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read phrase bank " + resource, e);
    }
    return new PhraseBank(language, entries);
  }
}
