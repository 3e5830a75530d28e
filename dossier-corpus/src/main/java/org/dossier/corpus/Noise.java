package org.dossier.corpus;

import java.nio.charset.Charset;
import java.util.SplittableRandom;

/**
 * The blemishes a rendering carries, as text extracted from a printed document does: lines wrapped
 * by hand, page breaks with running headers and footers, doubled spaces after full stops, trailing
 * spaces, extra blank lines, a masthead without blank lines, and what PDF extraction leaves ({@code
 * printed}: words hyphenated at line ends, ligatures, soft hyphens, no-break spaces, right-to-left
 * marks, a rule above the footnotes). Each is drawn per language version from its seed. Noise never
 * changes the words: joining wrapped lines with single spaces, after undoing the printed artefacts,
 * restores them.
 */
record Noise(
    int wrapWidth,
    boolean pages,
    boolean oddSpacing,
    boolean extraBlankLines,
    boolean compactMasthead,
    boolean gluedBold,
    boolean printed) {

  static final Noise NONE = new Noise(0, false, false, false, false, false, false);

  static Noise draw(SplittableRandom random) {
    return new Noise(
        random.nextInt(10) < 4 ? 60 + random.nextInt(36) : 0,
        random.nextInt(10) < 3,
        random.nextInt(10) < 3,
        random.nextBoolean(),
        random.nextInt(10) < 3,
        random.nextBoolean(),
        random.nextInt(10) < 3);
  }

  /**
   * This noise for a text in {@code charset}: PDF extraction gives Unicode text, so a legacy code
   * page (which lacks ligatures and marks) gets none of the printed artefacts.
   */
  Noise encodedIn(Charset charset) {
    boolean unicode = charset.name().startsWith("UTF-") || charset.name().equals("GB18030");
    return printed && !unicode
        ? new Noise(
            wrapWidth, pages, oddSpacing, extraBlankLines, compactMasthead, gluedBold, false)
        : this;
  }

  boolean wraps() {
    return wrapWidth > 0;
  }
}
