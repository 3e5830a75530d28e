package org.dossier.lang.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.dossier.lang.LanguageConventions;

/**
 * Ordinal numbers in words for session headings, from 1 to {@link #MAX}: the written form of each
 * and a look-up of every accepted form (other genders, cases, spellings) back to its number.
 */
public final class OrdinalWords {
  /** Highest ordinal written in words. */
  public static final int MAX = LanguageConventions.MAX_SESSION;

  private final String[] written = new String[MAX + 1];
  private final Map<String, Integer> numbers = new HashMap<>();

  /**
   * @param writer the written form of each number from 1 to {@link #MAX}
   */
  public OrdinalWords(IntFunction<String> writer) {
    for (int n = 1; n <= MAX; n++) {
      written[n] = writer.apply(n);
      accept(written[n], n);
    }
  }

  /** Also reads every form {@code variants} gives for each number. */
  public OrdinalWords acceptAll(IntFunction<String> variants) {
    for (int n = 1; n <= MAX; n++) {
      accept(variants.apply(n), n);
    }
    return this;
  }

  /** Also reads {@code variant} as {@code number}. */
  public OrdinalWords accept(String variant, int number) {
    // The first reading wins: a variant must not steal the written form of another number.
    numbers.putIfAbsent(key(variant), number);
    return this;
  }

  /**
   * The written ordinal of {@code number}.
   *
   * @throws IllegalArgumentException if {@code number} is outside 1–{@link #MAX}
   */
  public String write(int number) {
    if (number < 1 || number > MAX) {
      throw new IllegalArgumentException(
          "Ordinal number must be between 1 and " + MAX + ", got " + number);
    }
    return written[number];
  }

  /** The number of an ordinal in any accepted form, case, spacing and hyphenation. */
  public OptionalInt read(CharSequence words) {
    Integer number = numbers.get(key(words));
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  private static String key(CharSequence words) {
    return Texts.fold(words).replace('-', ' ');
  }
}
