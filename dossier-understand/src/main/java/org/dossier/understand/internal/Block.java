package org.dossier.understand.internal;

import java.util.List;

/** A paragraph: consecutive non-blank lines, unwrapped into one text joined by single spaces. */
public record Block(List<Line> lines, String text) {

  public Block {
    lines = List.copyOf(lines);
  }

  static Block of(List<Line> lines) {
    if (lines.size() == 1) {
      return new Block(lines, Texts.collapseSpaces(lines.getFirst().text()));
    }
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      if (!joined.isEmpty()) {
        joined.append(' ');
      }
      joined.append(line.text());
    }
    return new Block(lines, Texts.collapseSpaces(joined));
  }

  public Line first() {
    return lines.getFirst();
  }
}
