package org.dossier.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(literals.getFirst());
    for (int i = 0; i < slots.size(); i++) {
      String value = values.get(slots.get(i));
      if (value == null) {
        throw new IllegalStateException(origin + ": no value for slot {" + slots.get(i) + "}");
      }
      out.append(value).append(literals.get(i + 1));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return origin;
  }
}
