package org.dossier.corpus;

import java.util.SplittableRandom;

/**
 * The blemishes a rendering carries, as text extracted from a printed document does: lines wrapped
 * by hand, page breaks with running headers and footers, doubled spaces after full stops, trailing
 * spaces, extra blank lines, a masthead without blank lines. Each is drawn per language version
 * from its seed. Noise never changes the words: joining wrapped lines with single spaces restores
 * them.
 */
record Noise(
    int wrapWidth,
    boolean pages,
    boolean oddSpacing,
    boolean extraBlankLines,
    boolean compactMasthead,
    boolean gluedBold) {

  static final Noise NONE = new Noise(0, false, false, false, false, false);

  static Noise draw(SplittableRandom random) {
    return new Noise(
        random.nextInt(10) < 4 ? 60 + random.nextInt(36) : 0,
        random.nextInt(10) < 3,
        random.nextInt(10) < 3,
        random.nextBoolean(),
        random.nextInt(10) < 3,
        random.nextBoolean());
  }

  boolean wraps() {
    return wrapWidth > 0;
  }
}
