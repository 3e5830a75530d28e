package org.dossier.lang;

import java.util.List;

/**
 * The agenda items a document is issued under, as its heading names them: {@code Agenda items 13
 * and 115}, {@code Item 12 of the provisional agenda}.
 *
 * @param items the item numbers, in printed order, at least one, each positive
 * @param provisional whether the heading refers to the provisional agenda
 */
public record AgendaHeading(List<Integer> items, boolean provisional) {
  public AgendaHeading {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("Agenda heading needs at least one item number");
    }
    items = List.copyOf(items);
    for (int item : items) {
      if (item < 1) {
        throw new IllegalArgumentException(
            "Agenda item number must be positive, got " + item + " in " + items);
      }
    }
  }

  /** A heading for the given items of the adopted (not provisional) agenda. */
  public static AgendaHeading of(Integer... items) {
    return new AgendaHeading(List.of(items), false);
  }
}
