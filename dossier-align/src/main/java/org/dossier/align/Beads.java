package org.dossier.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of an alignment shared with the reference data ({@code ../shared/parallel/}): one
 * bead per line, {@code [source indices]:[target indices]}, 0-based, e.g. {@code [4]:[5, 6, 7]}.
 */
public final class Beads {
  private static final Pattern BEAD =
      Pattern.compile("\\s*\\[([\\d,\\s]*)]\\s*:\\s*\\[([\\d,\\s]*)]\\s*");

  private Beads() {}

  /** The beads, one per line. */
  public static String format(List<Bead> beads) {
    StringBuilder text = new StringBuilder();
    for (Bead bead : beads) {
      text.append(bead).append('\n');
    }
    return text.toString();
  }

  /**
   * Reads beads, one per line; blank lines are skipped.
   *
   * @param source names the input in error messages
   * @throws IllegalArgumentException naming the source and line of a line that is not a bead
   */
  public static List<Bead> parse(String text, String source) {
    List<Bead> beads = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int k = 0; k < lines.length; k++) {
      if (lines[k].isBlank()) {
        continue;
      }
      Matcher bead = BEAD.matcher(lines[k]);
      if (!bead.matches()) {
        throw new IllegalArgumentException(
            source
                + " line "
                + (k + 1)
                + ": expected a bead such as [4]:[5, 6], found \""
                + lines[k].strip()
                + "\"");
      }
      beads.add(new Bead(indices(bead.group(1)), indices(bead.group(2))));
    }
    return beads;
  }

  private static List<Integer> indices(String list) {
    List<Integer> result = new ArrayList<>();
    for (String index : list.split(",")) {
      if (!index.isBlank()) {
        result.add(Integer.parseInt(index.strip()));
      }
    }
    return result;
  }
}
