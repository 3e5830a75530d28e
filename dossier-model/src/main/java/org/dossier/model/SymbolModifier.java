package org.dossier.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One link of a symbol's modifier chain, such as {@code Add.1} in {@code A/HRC/43/2/Add.1/Corr.2}.
 *
 * @param kind what the document does to the one it modifies
 * @param number the modifier's number ({@code 1} in {@code Add.1}); 0 for {@link Kind#SUMMARY},
 *     which has none
 */
public record SymbolModifier(Kind kind, int number) {

  /** The modifiers of UN practice, with the spelling the UN prints. */
  public enum Kind {
    /** {@code Add.n}: an addendum, adding text to the document. */
    ADDENDUM("Add."),
    /** {@code Amend.n}: an alteration of an adopted text. */
    AMENDMENT("Amend."),
    /** {@code Corr.n}: a corrigendum; it may not apply to all language versions. */
    CORRIGENDUM("Corr."),
    /** {@code Rev.n}: a revision, replacing the texts previously issued. */
    REVISION("Rev."),
    /** {@code Summary}: a summary of the document; it carries no number. */
    SUMMARY("Summary");

    private static final Map<String, Kind> BY_WORD =
        Arrays.stream(values())
            .collect(
                Collectors.toUnmodifiableMap(
                    kind -> kind.spelling.replace(".", "").toUpperCase(Locale.ROOT), kind -> kind));

    private final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }

    /** The printed spelling: {@code "Add."}, or {@code "Summary"}. */
    public String spelling() {
      return spelling;
    }

    /** Whether the printed modifier carries a number ({@code Add.1}), unlike {@code Summary}. */
    public boolean numbered() {
      return this != SUMMARY;
    }

    /** The kind for a spelling in any case, with or without its dot: {@code "ADD"} → ADDENDUM. */
    static Optional<Kind> fromWord(String word) {
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      return Optional.ofNullable(BY_WORD.get(bare.toUpperCase(Locale.ROOT)));
    }
  }

  public SymbolModifier {
    if (kind == null) {
      throw new IllegalArgumentException("SymbolModifier.kind is required");
    }
    if (kind.numbered() && number < 1) {
      throw new IllegalArgumentException(
          "SymbolModifier.number of " + kind.spelling + " must be 1 or more, was " + number);
    }
    if (!kind.numbered() && number != 0) {
      throw new IllegalArgumentException(
          "SymbolModifier.number of Summary must be 0 (it has none), was " + number);
    }
  }

  /** The printed form: {@code "Add.1"}, {@code "Summary"}. */
  @Override
  public String toString() {
    return kind.numbered() ? kind.spelling + number : kind.spelling;
  }
}
