package org.dossier.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.search.query.Query.And;
import org.dossier.search.query.Query.DateRange;
import org.dossier.search.query.Query.FieldMatch;
import org.dossier.search.query.Query.MatchAll;
import org.dossier.search.query.Query.Not;
import org.dossier.search.query.Query.Or;
import org.dossier.search.query.Query.Phrase;
import org.dossier.search.query.Query.SymbolLookup;
import org.dossier.search.query.Query.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {
  private static final Map<String, String> COUNTRY_NAMES =
      Map.of("switzerland", "CHE", "suisse", "CHE", "viet nam", "VNM", "瑞士", "CHE");
  private final QueryParser parser =
      new QueryParser(
          name -> Optional.ofNullable(COUNTRY_NAMES.get(name.toLowerCase(java.util.Locale.ROOT))));

  private Query parse(String text) throws QuerySyntaxException {
    return parser.parse(text);
  }

  @Test
  void blankQueryMatchesEverything() throws QuerySyntaxException {
    assertThat(parse("   ")).isEqualTo(new MatchAll());
  }

  @Test
  void freeTextWordsAreImplicitlyAnded() throws QuerySyntaxException {
    assertThat(parse("torture prevention"))
        .isEqualTo(new And(List.of(new Word("torture"), new Word("prevention"))));
  }

  @Test
  void quotesMakeAPhrase() throws QuerySyntaxException {
    assertThat(parse("\"human rights council\"")).isEqualTo(new Phrase("human rights council"));
  }

  @Test
  void explicitAndIsTheSameAsImplicit() throws QuerySyntaxException {
    assertThat(parse("torture AND prevention")).isEqualTo(parse("torture prevention"));
  }

  @Test
  void orBindsLooserThanAnd() throws QuerySyntaxException {
    assertThat(parse("a b OR c"))
        .isEqualTo(new Or(List.of(new And(List.of(new Word("a"), new Word("b"))), new Word("c"))));
  }

  @Test
  void parenthesesGroup() throws QuerySyntaxException {
    assertThat(parse("a (b OR c)"))
        .isEqualTo(new And(List.of(new Word("a"), new Or(List.of(new Word("b"), new Word("c"))))));
  }

  @Test
  void notNegatesTheNextTerm() throws QuerySyntaxException {
    assertThat(parse("a NOT b")).isEqualTo(new And(List.of(new Word("a"), new Not(new Word("b")))));
  }

  @Test
  void minusNegatesTheTermItIsAttachedTo() throws QuerySyntaxException {
    assertThat(parse("a -b")).isEqualTo(new And(List.of(new Word("a"), new Not(new Word("b")))));
  }

  @Test
  void hyphenInsideAWordIsNotNegation() throws QuerySyntaxException {
    assertThat(parse("non-governmental")).isEqualTo(new Word("non-governmental"));
  }

  @Test
  void lowerCaseOperatorsAreWords() throws QuerySyntaxException {
    assertThat(parse("war and peace"))
        .isEqualTo(new And(List.of(new Word("war"), new Word("and"), new Word("peace"))));
  }

  @Test
  void symbolFieldLooksUpTheSymbolOnly() throws QuerySyntaxException {
    assertThat(parse("symbol:a/hrc/43/g/17")).isEqualTo(new SymbolLookup("A/HRC/43/G/17", false));
  }

  @Test
  void bodyFieldKeepsTheValue() throws QuerySyntaxException {
    assertThat(parse("body:HRC")).isEqualTo(new FieldMatch(QueryField.BODY, "HRC"));
  }

  @Test
  void sessionFieldTakesANumber() throws QuerySyntaxException {
    assertThat(parse("session:043")).isEqualTo(new FieldMatch(QueryField.SESSION, "43"));
  }

  @Test
  void agendaFieldTakesANumber() throws QuerySyntaxException {
    assertThat(parse("agenda:3")).isEqualTo(new FieldMatch(QueryField.AGENDA, "3"));
  }

  @Test
  void countryFieldTakesAnAlpha3CodeInAnyCase() throws QuerySyntaxException {
    assertThat(parse("country:che")).isEqualTo(new FieldMatch(QueryField.COUNTRY, "CHE"));
  }

  @Test
  void countryFieldResolvesANameInAnyLanguage() throws QuerySyntaxException {
    assertThat(parse("country:Suisse")).isEqualTo(new FieldMatch(QueryField.COUNTRY, "CHE"));
    assertThat(parse("country:瑞士")).isEqualTo(new FieldMatch(QueryField.COUNTRY, "CHE"));
  }

  @Test
  void quotedFieldValueMayHoldSpaces() throws QuerySyntaxException {
    assertThat(parse("country:\"Viet Nam\"")).isEqualTo(new FieldMatch(QueryField.COUNTRY, "VNM"));
  }

  @Test
  void typeFieldTakesTheContractIdentifier() throws QuerySyntaxException {
    assertThat(parse("type:Note-Verbale"))
        .isEqualTo(new FieldMatch(QueryField.TYPE, "note-verbale"));
  }

  @Test
  void langFieldTakesAnIsoCode() throws QuerySyntaxException {
    assertThat(parse("lang:FR")).isEqualTo(new FieldMatch(QueryField.LANG, "fr"));
  }

  @Test
  void distributionFieldTakesTheCategory() throws QuerySyntaxException {
    assertThat(parse("distribution:restricted"))
        .isEqualTo(new FieldMatch(QueryField.DISTRIBUTION, "Restricted"));
  }

  @Test
  void fieldNamesAreCaseInsensitive() throws QuerySyntaxException {
    assertThat(parse("BODY:HRC")).isEqualTo(parse("body:HRC"));
  }

  @Test
  void dateRangeBetweenTwoDays() throws QuerySyntaxException {
    assertThat(parse("date:2020-01-01..2020-06-30"))
        .isEqualTo(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)));
  }

  @Test
  void dateRangeOpenAtTheStartEndsWithTheLastDayOfTheYear() throws QuerySyntaxException {
    assertThat(parse("date:..2020")).isEqualTo(new DateRange(null, LocalDate.of(2020, 12, 31)));
  }

  @Test
  void dateRangeOpenAtTheEnd() throws QuerySyntaxException {
    assertThat(parse("date:2020-03..")).isEqualTo(new DateRange(LocalDate.of(2020, 3, 1), null));
  }

  @Test
  void aYearIsTheWholeYear() throws QuerySyntaxException {
    assertThat(parse("date:2020"))
        .isEqualTo(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
  }

  @Test
  void aMonthIsTheWholeMonth() throws QuerySyntaxException {
    assertThat(parse("date:2020-02"))
        .isEqualTo(new DateRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"A/HRC/43/G/17", "a/hrc/43/g/17", "  A/HRC/43/G/17  ", "A / HRC / 43/G/17"})
  void aWholeQueryShapedLikeASymbolIsASymbolLookup(String typed) throws QuerySyntaxException {
    assertThat(parse(typed)).isEqualTo(new SymbolLookup("A/HRC/43/G/17", true));
  }

  @Test
  void symbolWithYearInParenthesesIsOneSymbol() throws QuerySyntaxException {
    assertThat(parse("s/res/822  (1993)")).isEqualTo(new SymbolLookup("S/RES/822 (1993)", true));
  }

  @Test
  void aSymbolAmongWordsIsLookedUpToo() throws QuerySyntaxException {
    assertThat(parse("torture e/cn.4/2020/l.1"))
        .isEqualTo(
            new And(List.of(new Word("torture"), new SymbolLookup("E/CN.4/2020/L.1", true))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "torture \"human rights | unclosed quote starting at column 9",
        "(torture OR | 'OR' must be followed by a search term at column 10",
        "(torture | missing closing parenthesis for the one opened at column 1",
        "torture) | unexpected closing parenthesis with no opening one at column 8",
        "OR torture | 'OR' must follow a search term at column 1",
        "torture AND | 'AND' must be followed by a search term at column 9",
        "torture NOT | 'NOT' must be followed by a search term at column 9",
        "torture -(  | missing closing parenthesis for the one opened at column 10",
        "a ( ) | empty parentheses at column 3",
        "a \"  \" | empty phrase at column 3",
        "author:Smith | unknown field 'author' (expected symbol, body, session, agenda, country, type, lang, distribution or date) at column 1",
        "a country: | missing value after 'country:' at column 3",
        "session:forty | session must be a number, got 'forty' at column 9",
        "agenda:3a | agenda must be a number, got '3a' at column 8",
        "country:Atlantis | unknown country 'Atlantis' (expected an ISO alpha-3 code or a name) at column 9",
        "type:memo | unknown document type 'memo' (expected note-verbale, letter, report, resolution, decision, draft-resolution, agenda, ngo-statement, note or other) at column 6",
        "lang:de | unknown language 'de' (expected ar, zh, en, fr, es or ru) at column 6",
        "distribution:secret | unknown distribution 'secret' (expected General, Limited or Restricted) at column 14",
        "date:2020-13-01 | invalid date '2020-13-01' (expected YYYY, YYYY-MM or YYYY-MM-DD) at column 6",
        "date:2020-02-30 | invalid date '2020-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD) at column 6",
        "date:2020..20x1 | invalid date '20x1' (expected YYYY, YYYY-MM or YYYY-MM-DD) at column 12",
        "date:2021..2020 | date range ends before it starts at column 6",
        "date:.. | date range needs at least one end at column 6",
      })
  void syntaxErrorsNameTheProblemAndColumn(String query, String message) {
    assertThatThrownBy(() -> parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage(message);
  }

  @Test
  void nestingIsLimitedSoThatNoQueryOverflowsTheStack() throws QuerySyntaxException {
    assertThat(parse("(".repeat(100) + "torture" + ")".repeat(100))).isEqualTo(new Word("torture"));
    assertThatThrownBy(() -> parse("(".repeat(2_000) + "torture" + ")".repeat(2_000)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage("more than 100 nested parentheses and NOTs at column 101");
    assertThatThrownBy(() -> parse("NOT ".repeat(5_000) + "torture"))
        .hasMessage("more than 100 nested parentheses and NOTs at column 401");
  }

  @Test
  void syntaxErrorExposesItsColumn() {
    assertThatThrownBy(() -> parse("torture \"human rights"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.column()).isEqualTo(9));
  }

  @Test
  void withoutCountryNamesOnlyCodesAreAccepted() {
    assertThatThrownBy(() -> QueryParser.withoutCountryNames().parse("country:Switzerland"))
        .hasMessageStartingWith("unknown country 'Switzerland'");
  }
}
