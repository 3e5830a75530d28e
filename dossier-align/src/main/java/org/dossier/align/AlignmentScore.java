package org.dossier.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of predicted alignments against gold ones, as the
 * published sentence-alignment figures compute them ({@code ../shared/parallel/README.md}), summed
 * over documents.
 *
 * <p>Beads empty on both sides are dropped. A predicted bead is a strict true positive if the
 * identical bead is in the gold; otherwise a lax true positive if one of its target sentences is
 * linked in the gold to one of its source sentences. Recall is the same count with the roles
 * swapped, over the gold beads non-empty on both sides.
 */
public record AlignmentScore(
    double strictPrecision, double strictRecall, double laxPrecision, double laxRecall) {

  /** Scores documents: {@code predicted.get(k)} against {@code gold.get(k)}. */
  public static AlignmentScore ofDocuments(List<List<Bead>> gold, List<List<Bead>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold alignments but " + predicted.size() + " predicted");
    }
    Counts precision = new Counts();
    Counts recall = new Counts();
    for (int k = 0; k < gold.size(); k++) {
      precision.add(
          gold.get(k), predicted.get(k).stream().filter(AlignmentScore::notEmpty).toList());
      recall.add(
          predicted.get(k),
          gold.get(k).stream().filter(bead -> !bead.isInsertionOrDeletion()).toList());
    }
    return new AlignmentScore(precision.strict(), recall.strict(), precision.lax(), recall.lax());
  }

  /** Scores one document. */
  public static AlignmentScore of(List<Bead> gold, List<Bead> predicted) {
    return ofDocuments(List.of(gold), List.of(predicted));
  }

  public double strictF1() {
    return f1(strictPrecision, strictRecall);
  }

  public double laxF1() {
    return f1(laxPrecision, laxRecall);
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static boolean notEmpty(Bead bead) {
    return !bead.source().isEmpty() || !bead.target().isEmpty();
  }

  /** True and false positives of checked beads against reference beads. */
  private static final class Counts {
    int strictTrue;
    int laxTrue;
    int checked;

    void add(List<Bead> reference, List<Bead> checkedBeads) {
      Set<Bead> identical = new HashSet<>(reference);
      Map<Integer, Set<Integer>> linked = new HashMap<>();
      for (Bead bead : reference) {
        for (int source : bead.source()) {
          linked.computeIfAbsent(source, s -> new HashSet<>()).addAll(bead.target());
        }
      }
      for (Bead bead : checkedBeads) {
        checked++;
        if (identical.contains(bead)) {
          strictTrue++;
          laxTrue++;
        } else if (bead.source().stream()
            .anyMatch(source ->
                bead.target().stream().anyMatch(linked.getOrDefault(source, Set.of())::contains))) {
          laxTrue++;
        }
      }
    }

    double strict() {
      return checked == 0 ? 0 : (double) strictTrue / checked;
    }

    double lax() {
      return checked == 0 ? 0 : (double) laxTrue / checked;
    }
  }
}
