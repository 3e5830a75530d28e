package org.dossier.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A Dossier release number such as {@code 0.2.0} or {@code 0.2.0-SNAPSHOT}, ordered numerically; a
 * qualified version comes before its release.
 */
record DossierVersion(int[] numbers, String qualifier) implements Comparable<DossierVersion> {
  private static final Pattern FORM = Pattern.compile("\\d+(\\.\\d+)*(-[0-9A-Za-z.-]+)?");

  /** This build's version, filtered into a resource by Maven. */
  static DossierVersion current() {
    Properties properties = new Properties();
    try (InputStream in = DossierVersion.class.getResourceAsStream("dossier-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("dossier-version.properties is missing from the build");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dossier-version.properties", e);
    }
    return parse(properties.getProperty("dossier.version"));
  }

  static DossierVersion parse(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "Dossier version: expected numbers separated by dots, optionally with a -qualifier, got "
              + text);
    }
    int dash = text.indexOf('-');
    String numbers = dash < 0 ? text : text.substring(0, dash);
    return new DossierVersion(
        Arrays.stream(numbers.split("\\.")).mapToInt(Integer::parseInt).toArray(),
        dash < 0 ? "" : text.substring(dash + 1));
  }

  @Override
  public int compareTo(DossierVersion other) {
    int byNumbers = Arrays.compare(padded(other), other.padded(this));
    if (byNumbers != 0) {
      return byNumbers;
    }
    if (qualifier.isEmpty() || other.qualifier.isEmpty()) {
      return Boolean.compare(qualifier.isEmpty(), other.qualifier.isEmpty());
    }
    return qualifier.compareTo(other.qualifier);
  }

  /** These numbers padded with zeros to the length of {@code other}'s, so 1.2 equals 1.2.0. */
  private int[] padded(DossierVersion other) {
    return Arrays.copyOf(numbers, Math.max(numbers.length, other.numbers.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DossierVersion version && compareTo(version) == 0;
  }

  @Override
  public int hashCode() {
    int[] trimmed = numbers;
    int end = trimmed.length;
    while (end > 0 && trimmed[end - 1] == 0) {
      end--;
    }
    return 31 * Arrays.hashCode(Arrays.copyOf(trimmed, end)) + qualifier.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < numbers.length; i++) {
      text.append(i == 0 ? "" : ".").append(numbers[i]);
    }
    return qualifier.isEmpty() ? text.toString() : text + "-" + qualifier;
  }
}
