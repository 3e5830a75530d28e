package org.dossier.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An item of a session's agenda, such as the Human Rights Council's item 4 or the General
 * Assembly's item 68 (b), with its title in the languages known.
 *
 * @param number the item's number, from 1
 * @param subItem the sub-item letter, lower case ({@code "b"}), or null
 * @param titles the title in each language known; values are never blank
 */
public record AgendaItem(int number, String subItem, Map<Language, String> titles) {

  public AgendaItem {
    if (number < 1) {
      throw new IllegalArgumentException("AgendaItem.number must be 1 or more, was " + number);
    }
    if (subItem != null) {
      if (!subItem.strip().matches("[A-Za-z]")) {
        throw new IllegalArgumentException(
            "AgendaItem.subItem must be one letter such as \"b\", was \"" + subItem + "\"");
      }
      subItem = subItem.strip().toLowerCase(Locale.ROOT);
    }
    Map<Language, String> copy = new EnumMap<>(Language.class);
    if (titles != null) {
      titles.forEach((language, title) -> {
        if (language == null || title == null || title.isBlank()) {
          throw new IllegalArgumentException(
              "AgendaItem.titles must map languages to non-blank titles, had "
                  + language
                  + " → "
                  + (title == null ? "null" : "\"" + title + "\""));
        }
        copy.put(language, title.strip());
      });
    }
    titles = Collections.unmodifiableMap(copy);
  }

  /** An item without sub-item or titles. */
  public static AgendaItem of(int number) {
    return new AgendaItem(number, null, Map.of());
  }

  /** A copy with the title in one more language, or replaced in one. */
  public AgendaItem withTitle(Language language, String title) {
    Map<Language, String> more = new EnumMap<>(Language.class);
    more.putAll(titles);
    more.put(language, title);
    return new AgendaItem(number, subItem, more);
  }

  /** The sub-item letter, if any. */
  public Optional<String> subItemLetter() {
    return Optional.ofNullable(subItem);
  }

  /** The title as printed in a language, if known. */
  public Optional<String> title(Language language) {
    return Optional.ofNullable(titles.get(language));
  }

  /** The item as cited: {@code "4"}, {@code "68 (b)"}. */
  public String label() {
    return subItem == null ? Integer.toString(number) : number + " (" + subItem + ")";
  }
}
