package org.dossier.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lookup from names in any of the six languages to a value, ignoring case, accents and the
 * spelling variants that typing introduces (curly apostrophes, repeated spaces, Arabic hamza seats,
 * full-width forms).
 */
final class Names<T> {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private final String what;
  private final Map<String, T> byName = new HashMap<>();

  /**
   * @param what what the names designate, for the message of a clash: {@code "language"}
   */
  Names(String what) {
    this.what = what;
  }

  /** Adds a name; two values must never share a folded name, or lookups would be ambiguous. */
  Names<T> add(String name, T value) {
    T previous = byName.putIfAbsent(fold(name), value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalStateException(
          what + " name \"" + name + "\" is given to both " + previous + " and " + value);
    }
    return this;
  }

  Optional<T> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(fold(name)));
  }

  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'');
    return SPACES.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
