package org.dossier.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Language;

/**
 * A phrase with named slots ({@code {ofCountry}}), compiled once. Filling a slot the caller did not
 * provide is a bug in the generator, so it fails loudly with the template's origin.
 */
final class Template {
  private final String origin;
  private final List<String> literals;
  private final List<String> slots;

  private Template(String origin, List<String> literals, List<String> slots) {
    this.origin = origin;
    this.literals = literals;
    this.slots = slots;
  }

  static Template parse(String text, String origin) {
    List<String> literals = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf('{', from);
      if (open < 0) {
        literals.add(text.substring(from));
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException(origin + ": unclosed slot '{' at column " + (open + 1));
      }
      literals.add(text.substring(from, open));
      slots.add(text.substring(open + 1, close));
      from = close + 1;
    }
    return new Template(origin, List.copyOf(literals), List.copyOf(slots));
  }

  /** The slot names used, in order. */
  List<String> slots() {
    return slots;
  }

  /**
   * The template with its slots filled; where a French or Spanish preposition of the template meets
   * the article starting a value, they contract ({@code de} + {@code le} = {@code du}).
   */
  String fill(Map<String, String> values, Language language) {
    return fill(values, Map.of(), language);
  }

  /** As {@link #fill(Map, Language)}, looking each slot up in {@code values}, then {@code more}. */
  String fill(Map<String, String> values, Map<String, String> more, Language language) {
    StringBuilder out = new StringBuilder(literals.getFirst());
    for (int i = 0; i < slots.size(); i++) {
      String value = values.get(slots.get(i));
      if (value == null) {
        value = more.get(slots.get(i));
      }
      if (value == null) {
        throw new IllegalStateException(origin + ": no value for slot {" + slots.get(i) + "}");
      }
      appendContracted(out, value, language);
      out.append(literals.get(i + 1));
    }
    return out.toString();
  }

  private static final String[][] FRENCH = {
    {"de ", "le ", "du "}, {"de ", "les ", "des "}, {"à ", "le ", "au "}, {"à ", "les ", "aux "}
  };
  private static final String[][] SPANISH = {
    {"del ", "el ", "del "}, {"de ", "el ", "del "}, {"a ", "el ", "al "}
  };

  private static void appendContracted(StringBuilder out, String value, Language language) {
    // Arabic: the preposition li- before the article al- is written lil- ("للصين").
    int length = out.length();
    if (language == Language.AR
        && value.startsWith("ال")
        && length > 0
        && out.charAt(length - 1) == 'ل'
        && (length == 1 || out.charAt(length - 2) == ' ')) {
      out.append('ل').append(value, 2, value.length());
      return;
    }
    String[][] rules =
        switch (language) {
          case FR -> FRENCH;
          case ES -> SPANISH;
          default -> null;
        };
    if (rules != null) {
      for (String[] rule : rules) {
        int at = out.length() - rule[0].length();
        if (value.startsWith(rule[1])
            && at >= 0
            && out.indexOf(rule[0], at) == at
            && (at == 0 || out.charAt(at - 1) == ' ')) {
          out.setLength(at);
          out.append(rule[2]).append(value, rule[1].length(), value.length());
          return;
        }
      }
    }
    out.append(value);
  }

  @Override
  public String toString() {
    return origin;
  }
}
