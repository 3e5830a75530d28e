package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.IndexedDocument;
import org.dossier.search.query.QueryParser;

/**
 * How an {@link IndexedDocument} becomes one Lucene document: one per catalogue document, with a
 * title and text field per language, so hits are grouped by document and facets count documents.
 *
 * <p>Metadata is indexed twice: as lower-cased exact terms for filtering and as facet labels (the
 * values as given) for counting.
 */
final class IndexSchema {
  static final String ID = "id";
  static final String SYMBOL = "symbol";
  static final String FAMILY = "family";

  /** The symbols a document cites, as identifier terms like {@link #SYMBOL}'s. */
  static final String CITED = "cited";

  static final String JOB_NUMBER = "job";
  static final String DATE = "date";
  static final String PRIMARY_SYMBOL = "primary_symbol";
  static final String PROVISIONAL = "provisional";
  static final String LANGUAGES = "languages";

  /** The stored fields a hit shows; the stored texts are read only by the highlighter. */
  static final Set<String> HIT_FIELDS = hitFields();

  private static final Map<String, Language> FIELD_LANGUAGES = fieldLanguages();

  /** Text fields store offsets so snippets need no re-analysis. */
  private static final FieldType LANGUAGE_TEXT = languageTextType();

  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = new FacetsConfig();

  IndexSchema(Analyzer analyzer) {
    this.analyzer = analyzer;
    for (Facet facet : Facet.values()) {
      facetsConfig.setMultiValued(dimension(facet), true);
      // Filters use our own case-insensitive terms, so the facet module's terms would be waste.
      facetsConfig.setDrillDownTermsIndexing(
          dimension(facet), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
  }

  static String title(Language language) {
    return "title_" + language.code();
  }

  static String text(Language language) {
    return "text_" + language.code();
  }

  /** The language of a title or text field. */
  static Optional<Language> languageOf(String field) {
    return Optional.ofNullable(FIELD_LANGUAGES.get(field));
  }

  private static Map<String, Language> fieldLanguages() {
    Map<String, Language> languages = new HashMap<>();
    for (Language language : Language.values()) {
      languages.put(title(language), language);
      languages.put(text(language), language);
    }
    return Map.copyOf(languages);
  }

  private static Set<String> hitFields() {
    Set<String> fields = new HashSet<>(Set.of(ID, PRIMARY_SYMBOL, PROVISIONAL, DATE, LANGUAGES));
    for (Language language : Language.values()) {
      fields.add(title(language));
    }
    return Set.copyOf(fields);
  }

  /** The exact-term field a facet filters on. */
  static String filterField(Facet facet) {
    return "f_" + dimension(facet);
  }

  /** The facet dimension name of a facet. */
  static String dimension(Facet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  /** Filter terms are case-insensitive: facet labels lower-cased. */
  static String filterTerm(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /**
   * The single term an identifier (symbol, job number) is indexed as, so queries can look it up
   * exactly: normalised like a typed symbol, then folded by the identifier analyzer.
   */
  String identifierTerm(String field, String value) {
    String normalised = QueryParser.normaliseSymbol(value);
    try (TokenStream stream = analyzer.tokenStream(field, normalised)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String folded = stream.incrementToken() ? term.toString() : normalised;
      stream.end();
      return folded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse identifier '" + value + "'", e);
    }
  }

  /**
   * A job number without the language letter and dates printed after it: {@code GE.20-05678} for
   * {@code GE.20-05678 (E) 160820}, so every spelling of one version's number finds it.
   */
  static String jobNumberBase(String jobNumber) {
    String stripped = jobNumber.strip();
    int end = 0;
    while (end < stripped.length() && "(* ".indexOf(stripped.charAt(end)) < 0) {
      end++;
    }
    return end == 0 ? stripped : stripped.substring(0, end);
  }

  /** The date a document sorts and filters by: its own, else its earliest version's. */
  static LocalDate effectiveDate(IndexedDocument document) {
    if (document.issueDate() != null) {
      return document.issueDate();
    }
    return document.versions().stream()
        .map(IndexedDocument.Version::issueDate)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  Document toLucene(IndexedDocument source) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, source.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
    doc.add(new StoredField(PROVISIONAL, source.provisional() ? 1 : 0));
    if (source.symbol() != null) {
      doc.add(new StoredField(PRIMARY_SYMBOL, source.symbol()));
    }
    for (String symbol : source.allSymbols()) {
      doc.add(new StringField(SYMBOL, identifierTerm(SYMBOL, symbol), Field.Store.NO));
    }
    if (source.familySymbol() != null) {
      doc.add(
          new StringField(FAMILY, identifierTerm(SYMBOL, source.familySymbol()), Field.Store.NO));
    }
    for (String cited : source.citedSymbols()) {
      doc.add(new StringField(CITED, identifierTerm(SYMBOL, cited), Field.Store.NO));
    }
    LocalDate date = effectiveDate(source);
    if (date != null) {
      doc.add(new LongPoint(DATE, date.toEpochDay()));
      doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
      doc.add(new StoredField(DATE, date.toEpochDay()));
      addFacet(doc, Facet.YEAR, String.valueOf(date.getYear()));
    }
    addFacet(doc, Facet.BODY, source.body());
    if (source.organ() != null && !source.organ().isBlank()) {
      // body: also accepts the organ's name as printed, without making it a facet value.
      doc.add(filterTerm(Facet.BODY, source.organ()));
    }
    if (source.sessionNumber() != null) {
      addFacet(doc, Facet.SESSION, source.sessionNumber().toString());
      if (source.sessionYear() != null) {
        doc.add(filterTerm(Facet.SESSION, source.sessionYear().toString()));
      }
    } else if (source.sessionYear() != null) {
      addFacet(doc, Facet.SESSION, source.sessionYear().toString());
    }
    for (Integer item : source.agendaItems()) {
      addFacet(doc, Facet.AGENDA, item.toString());
    }
    addFacet(doc, Facet.TYPE, source.docType() == null ? null : source.docType().id());
    addFacet(
        doc,
        Facet.COUNTRY,
        source.country() == null ? null : source.country().toUpperCase(Locale.ROOT));
    addFacet(
        doc,
        Facet.DISTRIBUTION,
        source.distribution() == null ? null : source.distribution().label());
    for (IndexedDocument.Version version : source.versions()) {
      addFacet(doc, Facet.LANGUAGE, version.language().code());
      doc.add(new StoredField(LANGUAGES, version.language().code()));
      addText(doc, title(version.language()), version.title());
      addText(doc, text(version.language()), version.text());
      if (version.jobNumber() != null && !version.jobNumber().isBlank()) {
        doc.add(
            new StringField(
                JOB_NUMBER,
                identifierTerm(JOB_NUMBER, jobNumberBase(version.jobNumber())),
                Field.Store.NO));
      }
    }
    return facetsConfig.build(doc);
  }

  /** The languages a stored document has versions in. */
  static Set<Language> languages(Document stored) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (String code : stored.getValues(LANGUAGES)) {
      Language.fromCode(code).ifPresent(languages::add);
    }
    return languages;
  }

  /** The stored issue date, or {@code null}. */
  static LocalDate issueDate(Document stored) {
    IndexableField epochDay = stored.getField(DATE);
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay.numericValue().longValue());
  }

  static boolean provisional(Document stored) {
    return stored.getField(PROVISIONAL).numericValue().intValue() == 1;
  }

  /** The stored titles of a hit, by language. */
  static Map<Language, String> titles(Document stored) {
    Map<Language, String> titles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String title = stored.get(title(language));
      if (title != null) {
        titles.put(language, title);
      }
    }
    return titles;
  }

  private static void addText(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, LANGUAGE_TEXT));
    }
  }

  private static void addFacet(Document doc, Facet facet, String label) {
    if (label == null || label.isBlank()) {
      return;
    }
    doc.add(filterTerm(facet, label));
    doc.add(new SortedSetDocValuesFacetField(dimension(facet), label.strip()));
  }

  private static StringField filterTerm(Facet facet, String label) {
    return new StringField(filterField(facet), filterTerm(label), Field.Store.NO);
  }

  private static FieldType languageTextType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
