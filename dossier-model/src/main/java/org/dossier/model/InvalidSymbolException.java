package org.dossier.model;

/**
 * Thrown by {@link Symbol#parse(String)} for text that is not a document symbol. The message names
 * the input, what is wrong, the 1-based position of the offending {@code /}-separated component and
 * the form that was expected there, e.g. {@code "A//HRC/43": empty component at 2; expected text
 * between the slashes}.
 */
public final class InvalidSymbolException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN_INPUT = 60;

  private final String input;
  private final int position;

  /**
   * @param input the text given to the parser
   * @param problem what is wrong, e.g. {@code unknown modifier "Foo.1"}
   * @param position 1-based component index, or 0 when the problem concerns the whole input
   * @param expected the form expected instead
   */
  InvalidSymbolException(String input, String problem, int position, String expected) {
    super(
        '"'
            + shown(input)
            + "\": "
            + problem
            + (position > 0 ? " at " + position : "")
            + "; expected "
            + expected);
    this.input = input;
    this.position = position;
  }

  /** The text that was given to the parser, unchanged. */
  public String input() {
    return input;
  }

  /** The 1-based index of the offending component, or 0 if the whole input is at fault. */
  public int position() {
    return position;
  }

  /** Long inputs are cut so that one bad line of a file cannot flood a log. */
  private static String shown(String input) {
    return input.length() <= SHOWN_INPUT ? input : input.substring(0, SHOWN_INPUT) + "…";
  }
}
