package org.dossier.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;

/**
 * The embedded search index: Lucene in one directory.
 *
 * <p>Writes are serialised; every Lucene commit's user data holds the catalogue change sequence of
 * the last update it includes, so a crash (even {@code kill -9}) leaves the last commit with the
 * sequence that matches it. Searches run on near-real-time searchers refreshed after each update,
 * committed or not; they never see a half-applied change. A page's searcher is kept for a while so
 * later pages of the same search read the same point-in-time view.
 *
 * <p>Nothing a reader gets depends on documents it may not see: hits, totals, facets and snippets
 * are filtered, relevance is scored with statistics of the visible documents only ({@link
 * VisibleStatisticsSearcher}), and a cursor names its view by what the reader sees of it.
 *
 * <p>Each commit also records the version of the mapping that wrote it. An index written by another
 * version (an older Dossier) opens empty, having applied no change, so the catalogue's change log
 * rebuilds it as it would a new index; until its next commit the old one stays on disk.
 */
public final class LuceneSearchIndex implements SearchIndex {
  static final String CHANGE_SEQUENCE = "dossier.catalogueChangeSeq";
  static final String SCHEMA_VERSION = "dossier.indexSchema";
  private static final int FACET_VALUES = 100;
  private static final int SNIPPET_PASSAGES = 2;
  private static final int SNIPPET_MAX_LENGTH = 100_000;
  private static final double KEEP_PAGED_VIEW_SECONDS = 600;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexSchema schema;
  private final QueryTranslator translator;
  private final SearcherLifetimeManager pagedViews = new SearcherLifetimeManager();

  /**
   * The kept view each handle a cursor carries names, by searcher version. A handle is a digest of
   * what the cursor's reader sees (see {@link VisibleDocuments#digest}), never the version itself,
   * which counts every change of the index, hidden ones included.
   */
  private final Map<Long, Long> pagedViewVersions = new ConcurrentHashMap<>();

  private final VisibleDocuments visibleDocuments = new VisibleDocuments();
  private final Object writeLock = new Object();
  private volatile Writing writing;
  private volatile long lastAppliedChange;

  /**
   * Whether a search has counted facets: from then on each refreshed searcher reads its facet
   * ordinals before it serves, while a bulk import that nobody searches never pays for them.
   */
  private volatile boolean facetsCounted;

  private volatile boolean closed;

  /** The writer and the searchers refreshed from it; replaced together after a rollback. */
  private record Writing(IndexWriter writer, SearcherManager searchers) {}

  private LuceneSearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer = Analyzers.perField();
    this.schema = new IndexSchema(analyzer);
    this.translator = new QueryTranslator(schema, analyzer);
    this.writing = openWriting();
    this.lastAppliedChange = committedChange(writing.writer());
    if (lastAppliedChange > 0 && !IndexSchema.VERSION.equals(committedSchema(writing.writer()))) {
      writing.writer().deleteAll();
      writing.searchers().maybeRefreshBlocking();
      lastAppliedChange = 0;
    }
  }

  /** Opens the index in a directory, creating it if empty. */
  public static LuceneSearchIndex open(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    return new LuceneSearchIndex(FSDirectory.open(directory));
  }

  /**
   * A new instance of the per-field analyzer this index writes with, for baselines that index the
   * same texts with raw Lucene.
   */
  public static Analyzer analyzer() {
    return Analyzers.perField();
  }

  /** The field a language's title is indexed in, for the same baselines. */
  public static String titleField(Language language) {
    return IndexSchema.title(language);
  }

  /** The field a language's text is indexed in, for the same baselines. */
  public static String textField(Language language) {
    return IndexSchema.text(language);
  }

  private Writing openWriting() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter writer = new IndexWriter(directory, config);
    FacetsConfig facetsConfig = schema.facetsConfig();
    SearcherFactory facetedSearchers =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
              throws IOException {
            FacetedSearcher searcher = new FacetedSearcher(reader, facetsConfig);
            if (facetsCounted) {
              // Warm before the searcher is published, so no search waits for the ordinals.
              searcher.facetState();
            }
            return searcher;
          }
        };
    return new Writing(writer, new SearcherManager(writer, facetedSearchers));
  }

  private static long committedChange(IndexWriter writer) {
    String sequence = committed(writer, CHANGE_SEQUENCE);
    return sequence == null ? 0 : Long.parseLong(sequence);
  }

  private static String committedSchema(IndexWriter writer) {
    return committed(writer, SCHEMA_VERSION);
  }

  private static String committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  @Override
  public void update(
      Collection<IndexedDocument> upserts, Collection<String> deletedIds, long catalogueChangeSeq)
      throws IOException {
    Objects.requireNonNull(upserts, "upserts");
    Objects.requireNonNull(deletedIds, "deletedIds");
    synchronized (writeLock) {
      ensureOpen();
      if (catalogueChangeSeq < lastAppliedChange) {
        throw new IllegalArgumentException(
            "catalogue change "
                + catalogueChangeSeq
                + " is older than the last one applied to the index, "
                + lastAppliedChange);
      }
      List<Document> documents = new ArrayList<>(upserts.size());
      for (IndexedDocument upsert : upserts) {
        documents.add(schema.toLucene(upsert));
      }
      IndexWriter writer = writing.writer();
      try {
        for (Document document : documents) {
          writer.updateDocument(new Term(IndexSchema.ID, document.get(IndexSchema.ID)), document);
        }
        for (String id : deletedIds) {
          writer.deleteDocuments(new Term(IndexSchema.ID, id));
        }
        writer.setLiveCommitData(
            Map.of(
                    CHANGE_SEQUENCE,
                    Long.toString(catalogueChangeSeq),
                    SCHEMA_VERSION,
                    IndexSchema.VERSION)
                .entrySet());
      } catch (IOException | RuntimeException e) {
        discardUncommitted();
        throw e;
      }
      lastAppliedChange = catalogueChangeSeq;
      writing.searchers().maybeRefreshBlocking();
    }
  }

  @Override
  public void commit() throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      try {
        writing.writer().commit();
      } catch (IOException | RuntimeException e) {
        discardUncommitted();
        throw e;
      }
    }
  }

  /** Drops a half-applied change and every uncommitted update: back to the last commit. */
  private void discardUncommitted() throws IOException {
    Writing failed = writing;
    failed.writer().rollback();
    failed.searchers().close();
    writing = openWriting();
    lastAppliedChange = committedChange(writing.writer());
  }

  @Override
  public long lastAppliedChange() {
    return lastAppliedChange;
  }

  @Override
  public long count(SearchRequest request) throws IOException {
    ensureOpen();
    Query query = translator.filtered(translator.userQuery(request.query()), request);
    SearcherManager searchers = writing.searchers();
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(query);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    ensureOpen();
    Cursor after =
        request.cursor().map(text -> Cursor.decode(text, Cursor.fingerprint(request))).orElse(null);
    Query userQuery = translator.userQuery(request.query());
    Query query = translator.filtered(userQuery, request);
    FacetedSearcher view = pagedView(after);
    try {
      Optional<Query> access = translator.accessFilter(request.access());
      List<VisibleDocuments.Segment> visible =
          access.isEmpty() ? null : visibleDocuments.of(view, access.get());
      // Whoever sees everything scores by Lucene's own statistics, which are then theirs.
      IndexSearcher searcher =
          visible == null ? view : new VisibleStatisticsSearcher(view.getIndexReader(), visible);
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(
              sort(request.sort()),
              request.pageSize() + 1,
              after == null ? null : afterDoc(after, request.sort()),
              request.exactTotal() ? Integer.MAX_VALUE : SearchRequest.EXACT_TOTAL_UP_TO);
      TopFieldDocs docs;
      long total;
      boolean totalIsLowerBound;
      Map<Facet, List<FacetCount>> facets;
      if (request.facets().isEmpty()) {
        docs = searcher.search(query, top);
        total = docs.totalHits.value();
        totalIsLowerBound =
            docs.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        facets = Map.of();
      } else {
        facetsCounted = true;
        // One pass: the facet collector sees every match, the top collector keeps the page.
        Object[] collected =
            searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
        docs = (TopFieldDocs) collected[0];
        FacetsCollector matching = (FacetsCollector) collected[1];
        total = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        totalIsLowerBound = false;
        facets = view.facetCounts(matching, request.facets());
      }
      boolean more = docs.scoreDocs.length > request.pageSize();
      ScoreDoc[] page = more ? Arrays.copyOf(docs.scoreDocs, request.pageSize()) : docs.scoreDocs;
      List<Hit> hits = hits(searcher, userQuery, page, request);
      Optional<String> next =
          more
              ? Optional.of(cursorAfter((FieldDoc) page[page.length - 1], view, visible, request))
              : Optional.empty();
      return new SearchResult(total, totalIsLowerBound, hits, facets, next);
    } finally {
      pagedViews.release(view);
    }
  }

  /** The searcher a cursor's page came from while it is kept, else the latest one. */
  private FacetedSearcher pagedView(Cursor after) throws IOException {
    pagedViews.prune(new SearcherLifetimeManager.PruneByAge(KEEP_PAGED_VIEW_SECONDS));
    if (after != null) {
      Long version = pagedViewVersions.get(after.viewHandle());
      IndexSearcher kept = version == null ? null : pagedViews.acquire(version);
      if (kept != null) {
        return (FacetedSearcher) kept;
      }
    }
    while (true) {
      SearcherManager searchers = writing.searchers();
      IndexSearcher latest = searchers.acquire();
      long version;
      try {
        version = pagedViews.record(latest);
      } finally {
        searchers.release(latest);
      }
      IndexSearcher recorded = pagedViews.acquire(version);
      if (recorded != null) {
        return (FacetedSearcher) recorded;
      }
    }
  }

  private static Sort sort(SortOrder order) {
    SortField tieBreak = new SortField(IndexSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, tieBreak);
      case NEWEST_FIRST -> new Sort(byDate(true), tieBreak);
      case OLDEST_FIRST -> new Sort(byDate(false), tieBreak);
    };
  }

  /** Documents without a date come last either way. */
  private static SortField byDate(boolean newestFirst) {
    SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return date;
  }

  private static FieldDoc afterDoc(Cursor cursor, SortOrder order) {
    Object primary =
        order == SortOrder.RELEVANCE
            ? (Object) Float.intBitsToFloat((int) cursor.sortValue())
            : (Object) cursor.sortValue();
    // The id tie-breaker is unique, so the doc number never decides: skip every tie.
    return new FieldDoc(
        Integer.MAX_VALUE, Float.NaN, new Object[] {primary, new BytesRef(cursor.documentId())});
  }

  /**
   * The cursor after the page's last hit, naming the view the page was read from by what the reader
   * sees of it: the handle stays while only hidden documents change, and two snapshots that look
   * alike to the reader are one view to it (the later one kept).
   */
  private String cursorAfter(
      FieldDoc last,
      FacetedSearcher view,
      List<VisibleDocuments.Segment> visible,
      SearchRequest request)
      throws IOException {
    long sortValue =
        request.sort() == SortOrder.RELEVANCE
            ? Float.floatToIntBits((Float) last.fields[0])
            : (Long) last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    long handle =
        VisibleDocuments.digest(
            visible != null ? visible : visibleDocuments.of(view, new MatchAllDocsQuery()));
    keepView(handle, ((DirectoryReader) view.getIndexReader()).getVersion());
    return new Cursor(Cursor.fingerprint(request), handle, sortValue, id).encode();
  }

  /** Names the view by the handle, forgetting the handles of views no longer kept. */
  private void keepView(long handle, long version) throws IOException {
    pagedViewVersions.put(handle, version);
    List<Long> pruned = new ArrayList<>();
    for (long kept : new HashSet<>(pagedViewVersions.values())) {
      IndexSearcher searcher = pagedViews.acquire(kept);
      if (searcher == null) {
        pruned.add(kept);
      } else {
        pagedViews.release(searcher);
      }
    }
    pagedViewVersions.values().removeAll(pruned);
  }

  private List<Hit> hits(
      IndexSearcher searcher, Query userQuery, ScoreDoc[] page, SearchRequest request)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    Set<Language> searched = QueryTranslator.textLanguages(request.query());
    List<Set<Language>> matched = matchedLanguages(searcher, userQuery, page);
    Map<Language, String[]> snippets =
        request.snippets() ? snippets(searcher, userQuery, page, matched) : Map.of();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
      IndexSchema.Shown shown = IndexSchema.shown(leaf.reader(), page[i].doc - leaf.docBase);
      List<Language> matching = new ArrayList<>(matched.get(i));
      if (matching.isEmpty()) {
        // Matched by metadata or symbol only: every version (of the languages searched) matches.
        searched.stream().filter(shown.languages()::contains).forEach(matching::add);
      }
      Map<Language, String> hitSnippets = new EnumMap<>(Language.class);
      for (Map.Entry<Language, String[]> field : snippets.entrySet()) {
        String snippet = field.getValue()[i];
        if (snippet != null) {
          hitSnippets.put(field.getKey(), snippet);
        }
      }
      float score =
          request.sort() == SortOrder.RELEVANCE ? (Float) ((FieldDoc) page[i]).fields[0] : 0f;
      hits.add(
          new Hit(
              shown.id(),
              shown.symbol(),
              shown.provisional(),
              shown.issueDate(),
              score,
              matching,
              shown.titles(),
              hitSnippets));
    }
    return hits;
  }

  /**
   * For each hit, the languages whose title or text the query's words matched: read from the
   * postings of the page's hits only, through the query's {@link Matches}. A query of symbols and
   * metadata alone matches no language, which its fields tell without looking at the hits.
   */
  private static List<Set<Language>> matchedLanguages(
      IndexSearcher searcher, Query userQuery, ScoreDoc[] page) throws IOException {
    if (!searchesText(userQuery)) {
      return Collections.nCopies(page.length, Set.of());
    }
    Weight weight =
        searcher.createWeight(searcher.rewrite(userQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Set<Language>> matched = new ArrayList<>(page.length);
    for (ScoreDoc hit : page) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
      Set<Language> languages = EnumSet.noneOf(Language.class);
      if (matches != null) {
        for (String field : matches) {
          IndexSchema.languageOf(field).ifPresent(languages::add);
        }
      }
      matched.add(languages);
    }
    return matched;
  }

  /** Whether the query looks in some language's title or text. */
  private static boolean searchesText(Query query) {
    boolean[] text = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            text[0] |= IndexSchema.languageOf(field).isPresent();
            return false;
          }
        });
    return text[0];
  }

  /**
   * Highlighted passages of the text of each language some hit of the page matched in, {@code null}
   * for a hit whose text did not match. Offsets come from the postings, so only the page's stored
   * texts are read and nothing is analysed again.
   */
  private Map<Language, String[]> snippets(
      IndexSearcher searcher, Query userQuery, ScoreDoc[] page, List<Set<Language>> matched)
      throws IOException {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    matched.forEach(languages::addAll);
    if (languages.isEmpty()) {
      return Map.of();
    }
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter.Builder(searcher, analyzer)
            .withMaxNoHighlightPassages(0)
            .withMaxLength(SNIPPET_MAX_LENGTH)
            .withFormatter(
                new DefaultPassageFormatter(Hit.HIGHLIGHT_START, Hit.HIGHLIGHT_END, " … ", true))
            .build();
    String[] fields = languages.stream().map(IndexSchema::text).toArray(String[]::new);
    int[] passages = new int[fields.length];
    Arrays.fill(passages, SNIPPET_PASSAGES);
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    Map<String, String[]> byField =
        highlighter.highlightFields(fields, userQuery, docIds, passages);
    Map<Language, String[]> byLanguage = new EnumMap<>(Language.class);
    for (Language language : languages) {
      byLanguage.put(language, byField.get(IndexSchema.text(language)));
    }
    return byLanguage;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("search index is closed");
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      pagedViews.close();
      writing.searchers().close();
      writing.writer().close();
      directory.close();
    }
  }

  /**
   * A searcher that knows its reader's facet ordinals, computed when the searcher is refreshed once
   * facets are in use, else on its first faceted search.
   */
  private static final class FacetedSearcher extends IndexSearcher {
    private final FacetsConfig facetsConfig;
    private Optional<SortedSetDocValuesReaderState> facetState;

    FacetedSearcher(IndexReader reader, FacetsConfig facetsConfig) {
      super(reader);
      this.facetsConfig = facetsConfig;
    }

    private synchronized Optional<SortedSetDocValuesReaderState> facetState() throws IOException {
      if (facetState == null) {
        IndexReader reader = getIndexReader();
        boolean hasFacets =
            FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                != null;
        facetState =
            hasFacets
                ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig))
                : Optional.empty();
      }
      return facetState;
    }

    Map<Facet, List<FacetCount>> facetCounts(FacetsCollector matching, Set<Facet> wanted)
        throws IOException {
      Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
      Optional<SortedSetDocValuesReaderState> state = facetState();
      SortedSetDocValuesFacetCounts facets =
          state.isPresent() ? new SortedSetDocValuesFacetCounts(state.get(), matching) : null;
      for (Facet facet : wanted) {
        List<FacetCount> values = new ArrayList<>();
        FacetResult result =
            facets == null
                ? null
                : facets.getTopChildren(FACET_VALUES, IndexSchema.dimension(facet));
        if (result != null) {
          for (LabelAndValue value : result.labelValues) {
            values.add(new FacetCount(value.label, value.value.longValue()));
          }
        }
        counts.put(facet, values);
      }
      return counts;
    }
  }
}
