package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a text can fail to be a symbol, with the exact message a user sees. */
class SymbolErrorsTest {

  static Stream<Arguments> invalidSymbols() {
    return Stream.of(
        invalid("", 0, "\"\": empty symbol; expected a symbol such as A/HRC/43/2"),
        invalid(" \t ", 0, "\" \t \": empty symbol; expected a symbol such as A/HRC/43/2"),
        invalid(
            "A//HRC/43",
            2,
            "\"A//HRC/43\": empty component at 2; expected text between the slashes"),
        invalid(
            "/HRC/43/2",
            1,
            "\"/HRC/43/2\": empty component at 1; expected an organ series such as A, S, E, ST or"
                + " CRC"),
        invalid(
            "A/HRC/43/",
            4,
            "\"A/HRC/43/\": empty component at 4; expected a document number after the last \"/\""),
        invalid(
            "A/43/Foo.1",
            3,
            "\"A/43/Foo.1\": unknown modifier \"Foo.1\" at 3; expected Add.n, Corr.n, Rev.n,"
                + " Amend.n or Summary"),
        invalid(
            "A/43/5/Foo",
            4,
            "\"A/43/5/Foo\": unknown modifier \"Foo\" at 4; expected Add.n, Corr.n, Rev.n, Amend.n"
                + " or Summary"),
        invalid(
            // Found by the fuzzer: a Summary given a number crashed the modifier's constructor.
            "E/CN.4/2005/1/Summary.12",
            5,
            "\"E/CN.4/2005/1/Summary.12\": modifier \"Summary.12\" with a number at 5; expected"
                + " Summary alone, which carries no number"),
        invalid(
            "A/43/1/Add.",
            4,
            "\"A/43/1/Add.\": modifier \"Add.\" without a number at 4; expected a number from 1"
                + " after the dot, as in Add.1"),
        invalid(
            "A/43/1/Corr",
            4,
            "\"A/43/1/Corr\": modifier \"Corr\" without a number at 4; expected a number as in"
                + " Add.1"),
        invalid(
            "A/43/1/Add.0",
            4,
            "\"A/43/1/Add.0\": modifier \"Add.0\" numbered 0 at 4; expected a number from 1 after"
                + " the dot, as in Add.1"),
        invalid(
            "A/43/Add.1/5",
            3,
            "\"A/43/Add.1/5\": modifier \"Add.1\" before the document number at 3; expected"
                + " modifiers only after the document number, as in A/HRC/43/2/Add.1"),
        invalid(
            "*",
            1,
            "\"*\": reissue mark \"*\" alone at 1; expected a symbol before it, as in A/65/L.78*"),
        invalid(
            "A/*65/L.78",
            2,
            "\"A/*65/L.78\": misplaced reissue mark in \"*65\" at 2; expected \"*\" only at the"
                + " very end"),
        invalid(
            "S/RES/822 (1993",
            3,
            "\"S/RES/822 (1993\": unbalanced parenthesis in \"822 (1993\" at 3; expected a year or"
                + " session in parentheses such as (1993) or (XXX)"),
        invalid(
            "S/RES/822 1993)",
            3,
            "\"S/RES/822 1993)\": unbalanced parenthesis in \"822 1993)\" at 3; expected a year or"
                + " session in parentheses such as (1993) or (XXX)"),
        invalid(
            "S/RES/822 (19X3)",
            3,
            "\"S/RES/822 (19X3)\": \"(19X3)\" is neither a year nor a session at 3; expected a year"
                + " as in (1993) or a session in Roman numerals as in (XXX)"),
        invalid(
            "A/НRC/43/2",
            2,
            "\"A/НRC/43/2\": non-Latin letter 'Н' (U+041D) in \"НRC\" at 2; expected Latin letters,"
                + " digits, spaces and . - ( ) / *"),
        invalid(
            "A/74/123–S/2019/456",
            3,
            "\"A/74/123–S/2019/456\": character '–' (U+2013) in \"123–S\" at 3; expected Latin"
                + " letters, digits, spaces and . - ( ) / *"),
        invalid(
            "A/".repeat(50) + "1",
            0,
            "\""
                + "A/".repeat(30)
                + "…\": too long (101 characters); expected at most 100 characters"),
        invalid(
            "3363 (XXX)",
            1,
            "\"3363 (XXX)\": unexpected component \"3363 (XXX)\" at 1; expected an organ series"
                + " such as A, S, E, ST or CRC"),
        invalid(
            "A",
            1,
            "\"A\": organ series \"A\" without a document number at 1; expected a number after it,"
                + " as in A/1"),
        invalid(
            "A/HRC",
            2,
            "\"A/HRC\": unexpected component \"HRC\" at 2; expected a document number such as 17,"
                + " L.78 or 822 (1993) at the end, before any modifier"),
        invalid(
            "A/HRC/RES",
            3,
            "\"A/HRC/RES\": unexpected component \"RES\" at 3; expected a document number such as"
                + " 17, L.78 or 822 (1993) at the end, before any modifier"),
        invalid(
            "A/HRC/43/L",
            4,
            "\"A/HRC/43/L\": document type \"L\" without a number at 4; expected a number as in"
                + " L.78"),
        invalid(
            "A/HRC/43/L.x",
            4,
            "\"A/HRC/43/L.x\": document type \"L.x\" without a number at 4; expected a number"
                + " after the dot, as in L.78"),
        invalid(
            "E/CN.x/1",
            2,
            "\"E/CN.x/1\": subsidiary body \"CN.x\" without a number at 2; expected a number after"
                + " the dot, as in CN.4"),
        invalid(
            "A/Foo.1/3",
            2,
            "\"A/Foo.1/3\": unknown subsidiary body or document type \"Foo.1\" at 2; expected AC.,"
                + " C., CN., CONF., GC., SC., Sub., WG. or CRP., L., PV., R., SR., WP."),
        invalid(
            "A/HRC/L.5/3",
            3,
            "\"A/HRC/L.5/3\": document type \"L.5\" before the end at 3; expected a typed number"
                + " such as L.78 only as the document number, followed by modifiers"),
        invalid(
            "A/RES/DEC/1",
            3,
            "\"A/RES/DEC/1\": second document type \"DEC/\" after \"RES/\" at 3; expected one"
                + " document type per symbol"),
        invalid(
            "A/43/44/45",
            3,
            "\"A/43/44/45\": second session or year \"44\" after 43 at 3; expected one session or"
                + " year, as in A/HRC/43/2"),
        invalid(
            "A/RES/43/5 (1993)",
            4,
            "\"A/RES/43/5 (1993)\": second session or year \"(1993)\" after 43 at 4; expected one"
                + " session or year, as in A/RES/69/274 or S/RES/822 (1993)"),
        invalid(
            "A/43/5 B",
            3,
            "\"A/43/5 B\": letter \"B\" on a number that is not a resolution's at 3; expected a"
                + " letter only after RES/, as in A/RES/69/274 A"),
        invalid(
            "A/43/5 (1993)",
            3,
            "\"A/43/5 (1993)\": parenthesis \"(1993)\" on a number that is not a resolution's at 3;"
                + " expected a year or session in parentheses only after RES/, as in S/RES/822"
                + " (1993)"),
        invalid(
            "A/RES/69 A/1",
            3,
            "\"A/RES/69 A/1\": session or year \"69 A\" with a letter or parenthesis at 3; expected"
                + " a letter or parenthesis only on the final document number"),
        invalid(
            "A/RES/1 AB",
            3,
            "\"A/RES/1 AB\": malformed number \"1 AB\" at 3; expected digits, optionally followed"
                + " by a letter and a year or session in parentheses, as in 274 A or 822 (1993)"),
        invalid(
            "A/(XXX)",
            2,
            "\"A/(XXX)\": malformed component \"(XXX)\" at 2; expected letters, a number, a body"
                + " such as CN.4, a document type such as L.78 or a modifier"));
  }

  private static Arguments invalid(String input, int position, String message) {
    return Arguments.of(input, position, message);
  }

  @ParameterizedTest
  @MethodSource("invalidSymbols")
  void rejectsWithExactMessage(String input, int position, String message) {
    assertThatThrownBy(() -> Symbol.parse(input))
        .isInstanceOfSatisfying(
            InvalidSymbolException.class,
            error -> {
              assertThat(error.input()).isEqualTo(input);
              assertThat(error.position()).isEqualTo(position);
            })
        .hasMessage(message);
    assertThat(Symbol.tryParse(input)).isEmpty();
  }

  @Test
  void nullIsNotASymbol() {
    assertThatThrownBy(() -> Symbol.parse(null)).hasMessage("symbol text is required, was null");
    assertThat(Symbol.tryParse(null)).isEmpty();
  }
}
