package org.dossier.understand.internal;

import java.util.List;

/** A paragraph: consecutive non-blank lines, unwrapped into one text joined by single spaces. */
public record Block(List<Line> lines, String text) {

  public Block {
    lines = List.copyOf(lines);
  }

  static Block of(List<Line> lines) {
    return new Block(lines, Texts.joinLines(lines));
  }

  public Line first() {
    return lines.getFirst();
  }
}
