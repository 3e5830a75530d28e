package org.dossier.web.pages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dossier.model.Language;

/**
 * The reading room's interface strings in one of the six languages, read from {@code
 * messages_xx.properties} (UTF-8) beside this class. Every language has every key; a missing key is
 * a build failure ({@code MessagesTest}), never an English fallback on an Arabic page.
 */
public final class Messages {
  private static final Map<Language, Messages> ALL = loadAll();

  private final Language language;
  private final Properties strings;
  private final NumberFormat numbers;

  private Messages(Language language, Properties strings) {
    this.language = language;
    this.strings = strings;
    // Western digits in every language, as UN documents print them (Arabic included).
    this.numbers = NumberFormat.getIntegerInstance(locale(language));
  }

  /** The strings of {@code language}. */
  public static Messages of(Language language) {
    return ALL.get(language);
  }

  /** The language of these strings. */
  public Language language() {
    return language;
  }

  /** The string for {@code key}. */
  public String get(String key) {
    String value = strings.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException(
          "No interface string '" + key + "' in messages_" + language.code() + ".properties");
    }
    return value;
  }

  /** The string for {@code key} with its {@code {0}} replaced by {@code argument}. */
  public String get(String key, Object argument) {
    return get(key).replace("{0}", String.valueOf(argument));
  }

  /**
   * The string for {@code key}, an ICU message whose {@code {0, plural, …}} chooses the form the
   * language's plural rules give {@code count} (Arabic's six, Russian's one/few/many…), the count
   * written with Western digits.
   */
  public String plural(String key, long count) {
    return new MessageFormat(get(key), ULocale.forLocale(locale(language)))
        .format(new Object[] {count});
  }

  /** A count written as the language writes numbers, with Western digits. */
  public String number(long value) {
    synchronized (numbers) {
      return numbers.format(value);
    }
  }

  /** How the language sorts names (a new instance: collators are not thread-safe). */
  static Collator collator(Language language) {
    return Collator.getInstance(locale(language));
  }

  /** The keys this language has, for tests. */
  Set<String> keys() {
    return strings.stringPropertyNames();
  }

  /** The locale for formatting in {@code language}, with Latin digits. */
  static Locale locale(Language language) {
    return Locale.forLanguageTag(language.code() + "-u-nu-latn");
  }

  private static Map<Language, Messages> loadAll() {
    Map<Language, Messages> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = "messages_" + language.code() + ".properties";
      Properties strings = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("Missing interface strings " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          strings.load(reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read interface strings " + name, e);
      }
      all.put(language, new Messages(language, strings));
    }
    return all;
  }
}
