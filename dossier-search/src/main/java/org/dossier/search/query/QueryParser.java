package org.dossier.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * Parses the query language people type into a {@link Query}.
 *
 * <pre>
 * query   := or
 * or      := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          implicit AND between terms
 * unary   := "NOT" unary | "-" primary | primary
 * primary := "(" or ")" | field ":" value | '"' phrase '"' | word
 * </pre>
 *
 * <p>Operators are upper case; {@code and}/{@code or} in lower case are ordinary words. A whole
 * query that looks like a document symbol, in any case and with stray spaces ({@code " a / hrc/43
 * "}), is a symbol look-up; so is a single word with a slash that has the shape of a symbol.
 */
public final class QueryParser {
  private static final Pattern SYMBOL =
      Pattern.compile(
          "[A-Z][A-Z0-9.\\-]*(?:/[A-Z0-9.\\-]+)+\\*?(?: \\([A-Z0-9]+\\))?(?: [A-Z])?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES_AROUND_SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");
  private static final Pattern FIELD_PREFIX = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

  /** Deeper nesting would overflow the stack here and in every translator of the tree. */
  private static final int MAX_NESTING = 100;

  private final Function<String, Optional<String>> countryResolver;

  /**
   * A parser resolving country names (in any language) to ISO 3166 alpha-3 codes with the given
   * function; three-letter values are taken as codes.
   */
  public QueryParser(Function<String, Optional<String>> countryResolver) {
    this.countryResolver = Objects.requireNonNull(countryResolver, "countryResolver");
  }

  /** A parser that accepts only alpha-3 codes after {@code country:}. */
  public static QueryParser withoutCountryNames() {
    return new QueryParser(name -> Optional.empty());
  }

  /** Normalises a typed symbol: trimmed, single spaces, none around slashes, upper case. */
  public static String normaliseSymbol(String typed) {
    String joined = SPACES_AROUND_SLASH.matcher(typed.strip()).replaceAll("/");
    return RUNS_OF_SPACE.matcher(joined).replaceAll(" ").toUpperCase(Locale.ROOT);
  }

  /** Parses a query; blank text matches every document. */
  public Query parse(String text) throws QuerySyntaxException {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new Query.MatchAll();
    }
    String symbol = normaliseSymbol(text);
    if (SYMBOL.matcher(symbol).matches()) {
      return new Query.SymbolLookup(symbol, true);
    }
    return new Parser(new Tokenizer(text).tokens()).parseAll();
  }

  private enum Kind {
    WORD,
    PHRASE,
    FIELD,
    OPEN,
    CLOSE,
    MINUS,
    AND,
    OR,
    NOT
  }

  private record Token(Kind kind, String text, int column) {}

  /** Splits the text into tokens, remembering the 1-based column of each. */
  private static final class Tokenizer {
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    Tokenizer(String text) {
      this.text = text;
    }

    List<Token> tokens() throws QuerySyntaxException {
      while (position < text.length()) {
        char c = text.charAt(position);
        if (Character.isWhitespace(c)) {
          position++;
        } else if (c == '(') {
          tokens.add(new Token(Kind.OPEN, "(", ++position));
        } else if (c == ')') {
          tokens.add(new Token(Kind.CLOSE, ")", ++position));
        } else if (c == '"') {
          readPhrase();
        } else if (c == '-' && startsTerm(position + 1)) {
          tokens.add(new Token(Kind.MINUS, "-", ++position));
        } else {
          readWord();
        }
      }
      return tokens;
    }

    private boolean startsTerm(int index) {
      return index < text.length() && !Character.isWhitespace(text.charAt(index));
    }

    private void readPhrase() throws QuerySyntaxException {
      int start = position;
      int end = text.indexOf('"', start + 1);
      if (end < 0) {
        throw new QuerySyntaxException("unclosed quote starting", start + 1);
      }
      tokens.add(new Token(Kind.PHRASE, text.substring(start + 1, end), start + 1));
      position = end + 1;
    }

    private void readWord() throws QuerySyntaxException {
      int start = position;
      while (position < text.length() && !endsWord(text.charAt(position))) {
        position++;
      }
      String word = text.substring(start, position);
      Matcher field = FIELD_PREFIX.matcher(word);
      if (field.matches()) {
        String keyword = field.group(1);
        if (QueryField.fromKeyword(keyword).isEmpty()) {
          throw new QuerySyntaxException(
              "unknown field '" + keyword + "' (expected " + fieldKeywords() + ")", start + 1);
        }
        tokens.add(new Token(Kind.FIELD, keyword, start + 1));
        String value = field.group(2);
        if (!value.isEmpty()) {
          tokens.add(new Token(Kind.WORD, value, start + keyword.length() + 2));
        } else if (position >= text.length() || text.charAt(position) != '"') {
          throw new QuerySyntaxException("missing value after '" + keyword + ":'", start + 1);
        }
        return;
      }
      Kind kind =
          switch (word) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
          };
      tokens.add(new Token(kind, word, start + 1));
    }

    private static boolean endsWord(char c) {
      return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }
  }

  /** Recursive descent over the tokens, one method per grammar rule. */
  private final class Parser {
    private final List<Token> tokens;
    private int next;
    private int nesting;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Query parseAll() throws QuerySyntaxException {
      Query query = or();
      if (next < tokens.size()) {
        Token extra = tokens.get(next);
        throw new QuerySyntaxException(
            "unexpected closing parenthesis with no opening one", extra.column());
      }
      return query;
    }

    private Query or() throws QuerySyntaxException {
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(and());
      while (peek(Kind.OR)) {
        Token operator = tokens.get(next++);
        requireTermAfter(operator);
        alternatives.add(and());
      }
      return alternatives.size() == 1 ? alternatives.getFirst() : new Query.Or(alternatives);
    }

    private Query and() throws QuerySyntaxException {
      if (peek(Kind.AND) || peek(Kind.OR)) {
        Token operator = tokens.get(next);
        throw new QuerySyntaxException(
            "'" + operator.text() + "' must follow a search term", operator.column());
      }
      List<Query> clauses = new ArrayList<>();
      clauses.add(unary());
      while (next < tokens.size() && (peek(Kind.AND) || startsUnary(tokens.get(next)))) {
        if (peek(Kind.AND)) {
          requireTermAfter(tokens.get(next++));
        }
        clauses.add(unary());
      }
      return clauses.size() == 1 ? clauses.getFirst() : new Query.And(clauses);
    }

    private Query unary() throws QuerySyntaxException {
      if (peek(Kind.NOT) || peek(Kind.MINUS)) {
        Token operator = tokens.get(next++);
        if (operator.kind() == Kind.NOT) {
          requireTermAfter(operator);
          nest(operator);
          Query negated = unary();
          nesting--;
          return new Query.Not(negated);
        }
        if (next >= tokens.size() || !startsPrimary(tokens.get(next))) {
          throw new QuerySyntaxException(
              "'-' must be followed by a search term", operator.column());
        }
        return new Query.Not(primary());
      }
      return primary();
    }

    private Query primary() throws QuerySyntaxException {
      Token token = tokens.get(next++);
      return switch (token.kind()) {
        case OPEN -> group(token);
        case FIELD -> field(token);
        case PHRASE -> phrase(token);
        case WORD -> word(token);
        default ->
            throw new QuerySyntaxException(
                "unexpected closing parenthesis with no opening one", token.column());
      };
    }

    private Query group(Token open) throws QuerySyntaxException {
      if (peek(Kind.CLOSE)) {
        throw new QuerySyntaxException("empty parentheses", open.column());
      }
      if (next >= tokens.size()) {
        throw new QuerySyntaxException(
            "missing closing parenthesis for the one opened", open.column());
      }
      nest(open);
      Query inside = or();
      nesting--;
      if (!peek(Kind.CLOSE)) {
        throw new QuerySyntaxException(
            "missing closing parenthesis for the one opened", open.column());
      }
      next++;
      return inside;
    }

    private Query phrase(Token token) throws QuerySyntaxException {
      if (token.text().isBlank()) {
        throw new QuerySyntaxException("empty phrase", token.column());
      }
      return new Query.Phrase(token.text().strip());
    }

    private Query word(Token token) {
      String symbol = normaliseSymbol(token.text());
      if (token.text().indexOf('/') >= 0 && SYMBOL.matcher(symbol).matches()) {
        return new Query.SymbolLookup(symbol, true);
      }
      return new Query.Word(token.text());
    }

    private Query field(Token token) throws QuerySyntaxException {
      QueryField field = QueryField.fromKeyword(token.text()).orElseThrow();
      Token value = tokens.get(next++);
      String text = value.text().strip();
      if (text.isEmpty()) {
        throw new QuerySyntaxException(
            "missing value after '" + token.text() + ":'", token.column());
      }
      int column = value.column();
      return switch (field) {
        case SYMBOL -> new Query.SymbolLookup(normaliseSymbol(text), false);
        case BODY -> new Query.FieldMatch(field, text);
        case SESSION, AGENDA -> new Query.FieldMatch(field, number(field, text, column));
        case COUNTRY -> new Query.FieldMatch(field, country(text, column));
        case TYPE ->
            new Query.FieldMatch(
                field,
                DocType.fromId(text.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> unknown("document type", text, DocType.values(), column))
                    .id());
        case LANG ->
            new Query.FieldMatch(
                field,
                Language.fromCode(text)
                    .orElseThrow(() -> unknown("language", text, Language.values(), column))
                    .code());
        case DISTRIBUTION ->
            new Query.FieldMatch(
                field,
                Distribution.fromLabel(text)
                    .orElseThrow(() -> unknown("distribution", text, Distribution.values(), column))
                    .label());
        case DATE -> dateRange(text, column);
      };
    }

    private String number(QueryField field, String text, int column) throws QuerySyntaxException {
      if (!NUMBER.matcher(text).matches()) {
        throw new QuerySyntaxException(
            field.keyword() + " must be a number, got '" + text + "'", column);
      }
      return String.valueOf(Integer.parseInt(text));
    }

    private String country(String text, int column) throws QuerySyntaxException {
      if (COUNTRY_CODE.matcher(text).matches()) {
        return text.toUpperCase(Locale.ROOT);
      }
      return countryResolver
          .apply(text)
          .map(code -> code.toUpperCase(Locale.ROOT))
          .orElseThrow(() ->
              new QuerySyntaxException(
                  "unknown country '" + text + "' (expected an ISO alpha-3 code or a name)",
                  column));
    }

    private Query dateRange(String text, int column) throws QuerySyntaxException {
      int dots = text.indexOf("..");
      if (dots < 0) {
        return new Query.DateRange(periodStart(text, column), periodEnd(text, column));
      }
      String from = text.substring(0, dots);
      String to = text.substring(dots + 2);
      if (from.isEmpty() && to.isEmpty()) {
        throw new QuerySyntaxException("date range needs at least one end", column);
      }
      LocalDate start = from.isEmpty() ? null : periodStart(from, column);
      LocalDate end = to.isEmpty() ? null : periodEnd(to, column + dots + 2);
      if (start != null && end != null && end.isBefore(start)) {
        throw new QuerySyntaxException("date range ends before it starts", column);
      }
      return new Query.DateRange(start, end);
    }

    private LocalDate periodStart(String text, int column) throws QuerySyntaxException {
      Matcher date = parseDate(text, column);
      int year = Integer.parseInt(date.group(1));
      int month = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
      int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
      return LocalDate.of(year, month, day);
    }

    private LocalDate periodEnd(String text, int column) throws QuerySyntaxException {
      Matcher date = parseDate(text, column);
      int year = Integer.parseInt(date.group(1));
      if (date.group(2) == null) {
        return LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(2)));
      return date.group(3) == null
          ? month.atEndOfMonth()
          : month.atDay(Integer.parseInt(date.group(3)));
    }

    /** Matches and validates a date of any precision, so callers can build it safely. */
    private Matcher parseDate(String text, int column) throws QuerySyntaxException {
      Matcher date = DATE.matcher(text);
      try {
        if (date.matches()) {
          int year = Integer.parseInt(date.group(1));
          int month = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
          int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
          LocalDate.of(year, month, day);
          return date;
        }
      } catch (DateTimeException e) {
        // reported below with the expected forms
      }
      throw new QuerySyntaxException(
          "invalid date '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)", column);
    }

    private void nest(Token operator) throws QuerySyntaxException {
      if (++nesting > MAX_NESTING) {
        throw new QuerySyntaxException(
            "more than " + MAX_NESTING + " nested parentheses and NOTs", operator.column());
      }
    }

    private void requireTermAfter(Token operator) throws QuerySyntaxException {
      if (next >= tokens.size() || !startsUnary(tokens.get(next))) {
        throw new QuerySyntaxException(
            "'" + operator.text() + "' must be followed by a search term", operator.column());
      }
    }

    private boolean startsUnary(Token token) {
      return startsPrimary(token) || token.kind() == Kind.MINUS || token.kind() == Kind.NOT;
    }

    private boolean startsPrimary(Token token) {
      return switch (token.kind()) {
        case WORD, PHRASE, FIELD, OPEN -> true;
        case CLOSE, MINUS, AND, OR, NOT -> false;
      };
    }

    private boolean peek(Kind kind) {
      return next < tokens.size() && tokens.get(next).kind() == kind;
    }
  }

  private static QuerySyntaxException unknown(
      String what, String value, Object[] expected, int column) {
    String choices = Arrays.stream(expected).map(Object::toString).collect(joinedAsChoices());
    return new QuerySyntaxException(
        "unknown " + what + " '" + value + "' (expected " + choices + ")", column);
  }

  private static String fieldKeywords() {
    return Arrays.stream(QueryField.values()).map(QueryField::keyword).collect(joinedAsChoices());
  }

  private static Collector<String, ?, String> joinedAsChoices() {
    return Collectors.collectingAndThen(
        Collectors.toList(),
        names -> String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast());
  }
}
