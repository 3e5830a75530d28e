package org.dossier.lang.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Month names of one language: the written forms and a tolerant look-up of the read ones. */
public final class MonthNames implements ToIntFunction<String> {
  private final List<String> written;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Set<String> variants = new LinkedHashSet<>();

  /**
   * @param written the twelve names as written, January first
   */
  public MonthNames(List<String> written) {
    if (written.size() != 12) {
      throw new IllegalArgumentException("Expected 12 month names, got " + written.size());
    }
    this.written = List.copyOf(written);
    for (int i = 0; i < 12; i++) {
      accept(written.get(i), i + 1);
    }
  }

  /** Also reads {@code variant} as month {@code number} (another spelling, a short form). */
  public MonthNames accept(String variant, int number) {
    numbers.put(Texts.fold(variant), number);
    variants.add(variant);
    variants.add(Texts.fold(variant)); // lets the pattern read unaccented spellings too
    return this;
  }

  /** The written name of month {@code number} (1–12). */
  public String name(int number) {
    return written.get(number - 1);
  }

  /** A regex alternation of every accepted name, longest first. */
  public String regex() {
    return Texts.alternation(variants);
  }

  /** The month number of a name in any accepted spelling and case, or 0. */
  @Override
  public int applyAsInt(String name) {
    return numbers.getOrDefault(Texts.fold(name), 0);
  }
}
