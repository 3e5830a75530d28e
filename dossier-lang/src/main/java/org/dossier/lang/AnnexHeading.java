package org.dossier.lang;

/**
 * The heading of an annex: {@code Annex}, {@code Annex II}, {@code Annexe 2}, {@code 附件一}.
 *
 * @param number the annex number, or 0 for an unnumbered annex
 */
public record AnnexHeading(int number) {
  public AnnexHeading {
    if (number < 0) {
      throw new IllegalArgumentException(
          "Annex number must be 0 (unnumbered) or positive: " + number);
    }
  }

  /** Whether the heading carries a number. */
  public boolean isNumbered() {
    return number > 0;
  }
}
