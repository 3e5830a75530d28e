package org.dossier.search.lucene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.dossier.model.Symbol;
import org.dossier.model.Visibility;
import org.dossier.search.AccessFilter;
import org.dossier.search.Facet;
import org.dossier.search.SearchRequest;
import org.dossier.search.query.Query.And;
import org.dossier.search.query.Query.DateRange;
import org.dossier.search.query.Query.FieldMatch;
import org.dossier.search.query.Query.MatchAll;
import org.dossier.search.query.Query.Not;
import org.dossier.search.query.Query.Or;
import org.dossier.search.query.Query.Phrase;
import org.dossier.search.query.Query.SymbolLookup;
import org.dossier.search.query.Query.Word;
import org.dossier.search.query.QueryField;

/**
 * Translates the query language tree into Lucene queries.
 *
 * <p>Words and phrases are looked for in the title and text of every language (only those named by
 * {@code lang:} when the query has one), each language analysed its own way; the words of a query
 * must all match in one language version. A word that an analyzer splits in several tokens (Chinese
 * typed without spaces, hyphenated words) needs all of them, adjacent and in order, as a phrase
 * does. Metadata conditions are filters that do not change the score. Symbols rank far above
 * anything else, so a typed symbol brings its document to the top.
 */
final class QueryTranslator {
  static final float SYMBOL_BOOST = 100f;
  static final float SYMBOL_PREFIX_BOOST = 5f;
  static final float CITED_BOOST = 1f;
  static final float TITLE_BOOST = 3f;
  static final float JOB_NUMBER_BOOST = 2f;

  private final IndexSchema schema;
  private final QueryBuilder builder;

  QueryTranslator(IndexSchema schema, Analyzer analyzer) {
    this.schema = schema;
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * The user's query: what ranks hits and what snippets highlight. Its words must all match in one
   * language version, each analysed that language's way: a word the language's analyzer drops (a
   * stop word, an elided article) constrains nothing in that language rather than requiring
   * something no version of it holds. Metadata conditions, exclusions and symbols do not depend on
   * the language and are applied once.
   */
  Query userQuery(org.dossier.search.query.Query query) {
    Set<Language> languages = textLanguages(query);
    List<org.dossier.search.query.Query> conjuncts =
        query instanceof And and ? and.clauses() : List.of(query);
    List<org.dossier.search.query.Query> textual = new ArrayList<>();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (org.dossier.search.query.Query clause : conjuncts) {
      if (isFilter(clause) || clause instanceof Not || clause instanceof SymbolLookup) {
        boolean negated = clause instanceof Not;
        Query translated = translate(negated ? ((Not) clause).clause() : clause, languages);
        if (translated != null) {
          any = true;
          positive |= !negated;
          all.add(
              translated, negated ? Occur.MUST_NOT : isFilter(clause) ? Occur.FILTER : Occur.MUST);
        }
      } else {
        textual.add(clause);
      }
    }
    Query text = inAnyLanguage(textual, languages);
    if (text != null) {
      any = true;
      positive = true;
      all.add(text, Occur.MUST);
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (!positive) {
      all.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return all.build();
  }

  /** The clauses, all matched in one of the languages; {@code null} when none constrains. */
  private Query inAnyLanguage(
      List<org.dossier.search.query.Query> clauses, Set<Language> languages) {
    if (clauses.isEmpty()) {
      return null;
    }
    org.dossier.search.query.Query together =
        clauses.size() == 1 ? clauses.getFirst() : new And(clauses);
    List<Query> perLanguage = new ArrayList<>();
    for (Language language : languages) {
      Query translated = translate(together, EnumSet.of(language));
      if (translated != null) {
        perLanguage.add(translated);
      }
    }
    return perLanguage.isEmpty() ? null : anyOf(perLanguage);
  }

  /** The user's query restricted by the request's facet filters and access filter. */
  Query filtered(Query userQuery, SearchRequest request) {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
    for (Map.Entry<Facet, Set<String>> filter : request.filters().entrySet()) {
      List<BytesRef> terms = new ArrayList<>();
      filter
          .getValue()
          .forEach(value -> terms.add(new BytesRef(filterTerm(filter.getKey(), value))));
      all.add(new TermInSetQuery(IndexSchema.filterField(filter.getKey()), terms), Occur.FILTER);
    }
    accessFilter(request.access()).ifPresent(access -> all.add(access, Occur.FILTER));
    return all.build();
  }

  /** The documents the access filter lets through; none when it lets every document through. */
  Optional<Query> accessFilter(AccessFilter access) {
    if (access.isUnrestricted()) {
      return Optional.empty();
    }
    BooleanQuery.Builder visible = new BooleanQuery.Builder();
    // A filter made from a Visibility leaves distributions to its grants; any other keeps only
    // the distributions it names, so a document of unknown distribution fails closed.
    if (access.visibility().all()
        || access.visibleDistributions().size() < Distribution.values().length) {
      visible.add(distributionIn(access.visibleDistributions()), Occur.FILTER);
    }
    if (!access.visibility().all()) {
      visible.add(visibilityQuery(access.visibility()), Occur.FILTER);
    }
    access
        .predicate()
        .ifPresent(predicate -> {
          Query condition = translate(predicate, EnumSet.allOf(Language.class));
          visible.add(condition == null ? new MatchNoDocsQuery() : condition, Occur.FILTER);
        });
    return Optional.of(visible.build());
  }

  private static Query distributionIn(Set<Distribution> visible) {
    List<BytesRef> distributions = new ArrayList<>();
    for (Distribution distribution : visible) {
      distributions.add(new BytesRef(IndexSchema.filterTerm(distribution.label())));
    }
    return new TermInSetQuery(IndexSchema.filterField(Facet.DISTRIBUTION), distributions);
  }

  /** Documents meeting any grant of the visibility; none when it has no grant. */
  private static Query visibilityQuery(Visibility visibility) {
    BooleanQuery.Builder anyGrant = new BooleanQuery.Builder();
    for (Visibility.Grant grant : visibility.grants()) {
      BooleanQuery.Builder conditions = new BooleanQuery.Builder();
      List<BytesRef> states = new ArrayList<>();
      grant.states().forEach(state -> states.add(new BytesRef(state.name())));
      conditions.add(new TermInSetQuery(IndexSchema.STATE, states), Occur.FILTER);
      grant
          .distributions()
          .ifPresent(distributions -> conditions.add(distributionIn(distributions), Occur.FILTER));
      grant
          .mission()
          .ifPresent(mission ->
              conditions.add(new TermQuery(new Term(IndexSchema.MISSION, mission)), Occur.FILTER));
      anyGrant.add(conditions.build(), Occur.SHOULD);
    }
    return visibility.grants().isEmpty() ? new MatchNoDocsQuery() : anyGrant.build();
  }

  /**
   * The languages whose fields free text is searched in: those a top-level {@code lang:} names, or
   * all six.
   */
  static Set<Language> textLanguages(org.dossier.search.query.Query query) {
    List<org.dossier.search.query.Query> conjuncts =
        query instanceof And and ? and.clauses() : List.of(query);
    Set<Language> named = EnumSet.noneOf(Language.class);
    for (org.dossier.search.query.Query clause : conjuncts) {
      if (clause instanceof FieldMatch match && match.field() == QueryField.LANG) {
        Language.fromCode(match.value()).ifPresent(named::add);
      }
    }
    return named.isEmpty() ? EnumSet.allOf(Language.class) : named;
  }

  /** A Lucene query, or {@code null} when the clause constrains nothing (a lone stop word). */
  private Query translate(org.dossier.search.query.Query query, Set<Language> languages) {
    return switch (query) {
      case MatchAll all -> new MatchAllDocsQuery();
      case Word word -> text(word.text(), false, languages);
      case Phrase phrase -> text(phrase.text(), true, languages);
      case SymbolLookup lookup -> symbol(lookup, languages);
      case FieldMatch match -> {
        Facet facet = facetOf(match.field());
        yield new ConstantScoreQuery(
            new TermQuery(
                new Term(IndexSchema.filterField(facet), filterTerm(facet, match.value()))));
      }
      case DateRange range ->
          new ConstantScoreQuery(
              LongPoint.newRangeQuery(
                  IndexSchema.DATE,
                  range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay(),
                  range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay()));
      case And and -> conjunction(and.clauses(), languages);
      case Or or -> disjunction(or.clauses(), languages);
      case Not not -> {
        Query excluded = translate(not.clause(), languages);
        yield excluded == null
            ? null
            : new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(excluded, Occur.MUST_NOT)
                .build();
      }
    };
  }

  private Query conjunction(List<org.dossier.search.query.Query> clauses, Set<Language> languages) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (org.dossier.search.query.Query clause : clauses) {
      boolean negated = clause instanceof Not;
      Query translated = translate(negated ? ((Not) clause).clause() : clause, languages);
      if (translated == null) {
        continue;
      }
      any = true;
      if (negated) {
        all.add(translated, Occur.MUST_NOT);
      } else {
        all.add(translated, isFilter(clause) ? Occur.FILTER : Occur.MUST);
        positive = true;
      }
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      all.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return all.build();
  }

  private Query disjunction(List<org.dossier.search.query.Query> clauses, Set<Language> languages) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int count = 0;
    for (org.dossier.search.query.Query clause : clauses) {
      Query translated = translate(clause, languages);
      if (translated != null) {
        any.add(translated, Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : any.build();
  }

  /** Metadata conditions filter without scoring; anything with words scores. */
  private static boolean isFilter(org.dossier.search.query.Query query) {
    return switch (query) {
      case FieldMatch match -> true;
      case DateRange range -> true;
      case And and -> and.clauses().stream().allMatch(QueryTranslator::isFilter);
      case Or or -> or.clauses().stream().allMatch(QueryTranslator::isFilter);
      case Not not -> isFilter(not.clause());
      default -> false;
    };
  }

  /**
   * A word or phrase in the title (boosted) or text of one of the languages, or a job number; a
   * language whose analyzer leaves nothing of it is skipped, and {@code null} when all are.
   */
  private Query text(String text, boolean phrase, Set<Language> languages) {
    List<Query> alternatives = new ArrayList<>();
    for (Language language : languages) {
      List<Query> fields = new ArrayList<>();
      addBoosted(fields, builder.createPhraseQuery(IndexSchema.title(language), text), TITLE_BOOST);
      addBoosted(fields, builder.createPhraseQuery(IndexSchema.text(language), text), 1f);
      if (!fields.isEmpty()) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        fields.forEach(field -> either.add(field, Occur.SHOULD));
        alternatives.add(either.build());
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    if (!phrase && text.chars().anyMatch(Character::isDigit)) {
      // Only a word with digits can be a job number.
      alternatives.add(
          new BoostQuery(
              new TermQuery(
                  new Term(
                      IndexSchema.JOB_NUMBER, schema.identifierTerm(IndexSchema.JOB_NUMBER, text))),
              JOB_NUMBER_BOOST));
    }
    return anyOf(alternatives);
  }

  /**
   * The best of the alternatives, their scores not added up: a document matching in six languages
   * is no better a match than one matching in one. Without a tie-breaker the disjunction passes the
   * page's lowest competitive score down to each alternative, so a search for the best hits skips
   * documents that cannot reach the page.
   */
  private static Query anyOf(List<Query> alternatives) {
    return alternatives.size() == 1
        ? alternatives.getFirst()
        : new DisjunctionMaxQuery(alternatives, 0f);
  }

  private static void addBoosted(List<Query> fields, Query query, float boost) {
    if (query != null) {
      fields.add(boost == 1f ? query : new BoostQuery(query, boost));
    }
  }

  /**
   * A symbol look-up, all on keyword fields: the document carrying the symbol far above its family
   * and the documents under it, and, for a symbol typed on its own, the documents citing it or one
   * of its children below those.
   *
   * <p>Typed on its own, the text may also be a word with a slash ({@code and/or}, {@code km/h}).
   * It is searched as a phrase in the texts only when it does not parse as a symbol: citations are
   * read from the same texts at import (written-out symbols, and resolution numbers no phrase would
   * match), so for a real symbol the cited field finds what the phrase found, and a phrase in
   * twelve fields was the slow part of every look-up; what is not a symbol is nobody's symbol and
   * no citation, so only the phrase can find it. Searching the text only when the keyword look-ups
   * find nothing was the alternative, but it would cost a second search exactly when a look-up
   * misses, and a slash word would find texts or not depending on whether some symbol begins with
   * it.
   */
  private Query symbol(SymbolLookup lookup, Set<Language> languages) {
    String term = schema.identifierTerm(IndexSchema.SYMBOL, lookup.symbol());
    BooleanQuery.Builder any =
        new BooleanQuery.Builder()
            .add(
                constant(new TermQuery(new Term(IndexSchema.SYMBOL, term)), SYMBOL_BOOST),
                Occur.SHOULD)
            .add(
                constant(new TermQuery(new Term(IndexSchema.UNDER, term)), SYMBOL_PREFIX_BOOST),
                Occur.SHOULD)
            .add(
                constant(new TermQuery(new Term(IndexSchema.FAMILY, term)), SYMBOL_PREFIX_BOOST),
                Occur.SHOULD);
    if (lookup.alsoAsText()) {
      any.add(constant(new TermQuery(new Term(IndexSchema.CITED, term)), CITED_BOOST), Occur.SHOULD)
          .add(
              constant(new TermQuery(new Term(IndexSchema.CITED_UNDER, term)), CITED_BOOST),
              Occur.SHOULD);
      if (Symbol.tryParse(lookup.symbol()).isEmpty()) {
        Query asText = text(lookup.symbol(), true, languages);
        if (asText != null) {
          any.add(asText, Occur.SHOULD);
        }
      }
    }
    return any.build();
  }

  private static Query constant(Query query, float boost) {
    return new BoostQuery(new ConstantScoreQuery(query), boost);
  }

  /**
   * The term a typed facet value filters on. Bodies are indexed by code, so a body's name in any
   * language or its code in any case finds it; an unknown body name stays as typed, to match the
   * organ as printed.
   */
  private static String filterTerm(Facet facet, String value) {
    if (facet == Facet.BODY) {
      return IndexSchema.filterTerm(
          Body.fromCode(value).or(() -> Body.fromName(value)).map(Body::code).orElse(value));
    }
    return IndexSchema.filterTerm(value);
  }

  private static Facet facetOf(QueryField field) {
    return switch (field) {
      case BODY -> Facet.BODY;
      case SESSION -> Facet.SESSION;
      case AGENDA -> Facet.AGENDA;
      case COUNTRY -> Facet.COUNTRY;
      case TYPE -> Facet.TYPE;
      case LANG -> Facet.LANGUAGE;
      case DISTRIBUTION -> Facet.DISTRIBUTION;
      case SYMBOL, DATE ->
          throw new IllegalArgumentException(field.keyword() + " is not an exact-term field");
    };
  }
}
