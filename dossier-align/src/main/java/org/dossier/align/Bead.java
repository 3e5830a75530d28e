package org.dossier.align;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One link of an alignment: consecutive source sentences that translate consecutive target
 * sentences. Either side may be empty (a sentence left out in the other version), never both.
 * Indices are 0-based positions in the sentence lists aligned.
 *
 * @param source the source sentence indices, ascending and consecutive
 * @param target the target sentence indices, ascending and consecutive
 */
public record Bead(List<Integer> source, List<Integer> target) {
  public Bead {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /**
   * A bead of {@code sourceCount} sentences from {@code sourceStart} and likewise on the target.
   */
  public static Bead of(int sourceStart, int sourceCount, int targetStart, int targetCount) {
    return new Bead(range(sourceStart, sourceCount), range(targetStart, targetCount));
  }

  private static List<Integer> range(int start, int count) {
    Integer[] indices = new Integer[count];
    for (int k = 0; k < count; k++) {
      indices[k] = start + k;
    }
    return List.of(indices);
  }

  /** True when one side is empty: a sentence with no counterpart. */
  public boolean isInsertionOrDeletion() {
    return source.isEmpty() || target.isEmpty();
  }

  /** The reference data's form, {@code [4]:[5, 6, 7]}. */
  @Override
  public String toString() {
    return side(source) + ":" + side(target);
  }

  private static String side(List<Integer> indices) {
    return indices.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }
}
