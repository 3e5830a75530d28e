package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
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
  /**
   * The version of this mapping, kept in every index commit. Change it with any change to what is
   * indexed or how: an index written by another version is rebuilt from the catalogue on open.
   */
  static final String VERSION = "4";

  static final String ID = "id";
  static final String SYMBOL = "symbol";
  static final String FAMILY = "family";

  /** The symbols a document cites, as identifier terms like {@link #SYMBOL}'s. */
  static final String CITED = "cited";

  /**
   * The symbols above a document's symbols ({@code A/HRC/43} and {@code A/HRC} for {@code
   * A/HRC/43/2}), so the documents under a typed symbol are one term look-up rather than a prefix
   * query, whose automaton and term enumeration cost more than the rest of a look-up.
   */
  static final String UNDER = "under";

  /** The symbols above those a document cites, as {@link #UNDER} holds its own. */
  static final String CITED_UNDER = "cited_under";

  /** The workflow state (its enum name) and the owning mission: what access filters read. */
  static final String STATE = "state";

  static final String MISSION = "mission";

  static final String JOB_NUMBER = "job";
  static final String DATE = "date";

  /**
   * What a hit shows besides its id and date (symbol, provisional flag, languages, titles), in one
   * binary doc value per document. Stored fields would do, but a stored document sits in a
   * compressed block with its neighbours' texts, so showing a title meant decompressing texts; only
   * the highlighter reads the stored texts now.
   */
  static final String SHOWN = "shown";

  private static final Map<String, Language> FIELD_LANGUAGES = fieldLanguages();

  /**
   * Title and text fields keep offsets in the postings, so snippets need no re-analysis; only the
   * texts are stored, for the highlighter, since titles are shown from {@link #SHOWN}.
   */
  private static final FieldType TITLE = languageFieldType(false);

  private static final FieldType TEXT = languageFieldType(true);

  private static final int PROVISIONAL_FLAG = 1;
  private static final int SYMBOL_FLAG = 2;
  private static final List<Language> LANGUAGES = List.of(Language.values());

  /** What the page shows of one hit, read from doc values. */
  record Shown(
      String id,
      String symbol,
      boolean provisional,
      LocalDate issueDate,
      Set<Language> languages,
      Map<Language, String> titles) {}

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
    doc.add(new StringField(ID, source.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
    doc.add(new BinaryDocValuesField(SHOWN, shown(source)));
    for (String symbol : source.allSymbols()) {
      addIdentifier(doc, SYMBOL, UNDER, identifierTerm(SYMBOL, symbol));
    }
    if (source.familySymbol() != null) {
      doc.add(
          new StringField(FAMILY, identifierTerm(SYMBOL, source.familySymbol()), Field.Store.NO));
    }
    for (String cited : source.citedSymbols()) {
      addIdentifier(doc, CITED, CITED_UNDER, identifierTerm(SYMBOL, cited));
    }
    doc.add(new StringField(STATE, source.state().name(), Field.Store.NO));
    if (source.mission() != null) {
      doc.add(new StringField(MISSION, source.mission(), Field.Store.NO));
    }
    LocalDate date = effectiveDate(source);
    if (date != null) {
      doc.add(new LongPoint(DATE, date.toEpochDay()));
      doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
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
      addText(doc, title(version.language()), version.title(), TITLE);
      addText(doc, text(version.language()), version.text(), TEXT);
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

  /**
   * The symbol, provisional flag and each version's language and title, as {@link #SHOWN} holds.
   */
  private static BytesRef shown(IndexedDocument source) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeByte(
        (byte)
            ((source.provisional() ? PROVISIONAL_FLAG : 0)
                | (source.symbol() != null ? SYMBOL_FLAG : 0)));
    if (source.symbol() != null) {
      out.writeString(source.symbol());
    }
    out.writeVInt(source.versions().size());
    for (IndexedDocument.Version version : source.versions()) {
      out.writeByte((byte) version.language().ordinal());
      out.writeString(version.title() == null ? "" : version.title().strip());
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** What a hit shows of the document {@code doc} of a segment. */
  static Shown shown(LeafReader segment, int doc) throws IOException {
    SortedDocValues ids = DocValues.getSorted(segment, ID);
    BinaryDocValues shown = DocValues.getBinary(segment, SHOWN);
    if (!ids.advanceExact(doc) || !shown.advanceExact(doc)) {
      throw new IllegalStateException(
          "the search index has no display values for a document: it was written by an earlier"
              + " version of Dossier; rebuild it with 'dossier reindex'");
    }
    NumericDocValues dates = DocValues.getNumeric(segment, DATE);
    LocalDate issued = dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.longValue()) : null;
    BytesRef bytes = shown.binaryValue();
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    int flags = in.readByte();
    String symbol = (flags & SYMBOL_FLAG) != 0 ? in.readString() : null;
    Set<Language> languages = EnumSet.noneOf(Language.class);
    Map<Language, String> titles = new EnumMap<>(Language.class);
    for (int versions = in.readVInt(); versions > 0; versions--) {
      Language language = LANGUAGES.get(in.readByte());
      String title = in.readString();
      languages.add(language);
      if (!title.isEmpty()) {
        titles.put(language, title);
      }
    }
    return new Shown(
        ids.lookupOrd(ids.ordValue()).utf8ToString(),
        symbol,
        (flags & PROVISIONAL_FLAG) != 0,
        issued,
        languages,
        titles);
  }

  /** A symbol term in {@code field}, and each shorter run of its components in {@code under}. */
  private static void addIdentifier(Document doc, String field, String under, String term) {
    doc.add(new StringField(field, term, Field.Store.NO));
    for (int slash = term.indexOf('/'); slash > 0; slash = term.indexOf('/', slash + 1)) {
      doc.add(new StringField(under, term.substring(0, slash), Field.Store.NO));
    }
  }

  private static void addText(Document doc, String field, String value, FieldType type) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, type));
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

  private static FieldType languageFieldType(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
