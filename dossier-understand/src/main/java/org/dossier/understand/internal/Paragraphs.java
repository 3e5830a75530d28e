package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from lines: blank lines separate paragraphs, hard-wrapped lines inside one
 * are joined, and a short line ending a sentence inside a run of long lines ends its paragraph
 * (text exported without blank lines between paragraphs).
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Block> of(List<Line> lines) {
    List<Block> blocks = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        split(run, blocks);
        run.clear();
      } else {
        run.add(line);
      }
    }
    split(run, blocks);
    return blocks;
  }

  private static void split(List<Line> run, List<Block> blocks) {
    if (run.isEmpty()) {
      return;
    }
    int longest = 0;
    for (Line line : run) {
      longest = Math.max(longest, line.text().strip().length());
    }
    int from = 0;
    for (int i = 0; i < run.size() - 1; i++) {
      String text = run.get(i).text().strip();
      if (text.length() * 10 < longest * 7 && endsSentence(text)) {
        blocks.add(Block.of(run.subList(from, i + 1)));
        from = i + 1;
      }
    }
    blocks.add(Block.of(run.subList(from, run.size())));
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && ".:;!?。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
