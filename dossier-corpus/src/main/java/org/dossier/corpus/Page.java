package org.dossier.corpus;

import java.util.List;

/**
 * One language version laid out as a sequence of blocks in reading order, before any rendering: the
 * renderers decide line breaks, emphasis and noise, the blocks decide the words.
 */
record Page(List<Block> blocks) {
  Page {
    blocks = List.copyOf(blocks);
  }

  /** What a block is, which decides how renderers present it. */
  enum Role {
    ORGANIZATION,
    SYMBOL,
    ORGAN,
    DISTRIBUTION,
    DATE,
    VERSION_LANGUAGE,
    ORIGINAL,
    BODY,
    SESSION,
    SESSION_DATES,
    AGENDA_HEADING,
    AGENDA_TITLE,
    /** A line printed just above the title: a resolution's adoption line, a draft's sponsors. */
    PRETITLE,
    TITLE,
    /** A line printed just below the title: {@code Corrigendum}, {@code Note by the …}. */
    SUBTITLE,
    HEADING,
    PARAGRAPH,
    SIGNATURE,
    FOOTNOTE,
    FOOTER,
    ANNEX_TITLE,
    ANNEX_HEADING,
    ANNEX_PARAGRAPH;

    /** Whether Word documents print this role in bold (the Markdown export shows it as such). */
    boolean bold() {
      return switch (this) {
        case ORGAN,
            BODY,
            SESSION,
            AGENDA_TITLE,
            TITLE,
            SUBTITLE,
            HEADING,
            ANNEX_TITLE,
            ANNEX_HEADING ->
            true;
        default -> false;
      };
    }

    /** Whether the role belongs to the masthead, which noise leaves alone. */
    boolean masthead() {
      return ordinal() <= AGENDA_TITLE.ordinal();
    }
  }

  record Block(Role role, String text) {}
}
