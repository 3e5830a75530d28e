package org.dossier.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher that scores as if the index held only the documents its reader may see: BM25 weighs a
 * term by how many documents hold it and a field by the average length of its documents, and over
 * the whole index both would tell whether hidden documents hold a word. Here they count visible
 * documents only, so a hidden document moves no score and no order of hits.
 *
 * <p>A term or field no visible document holds gets the least statistics Lucene accepts: it then
 * matches no visible document, so they score nothing anyone sees.
 */
final class VisibleStatisticsSearcher extends IndexSearcher {
  private final List<VisibleDocuments.Segment> segments;

  VisibleStatisticsSearcher(IndexReader reader, List<VisibleDocuments.Segment> segments) {
    super(reader);
    this.segments = segments;
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    long visibleDocFreq = 0;
    long visibleTotalTermFreq = 0;
    for (VisibleDocuments.Segment segment : segments) {
      long[] counts = segment.termCounts(term);
      visibleDocFreq += counts[0];
      visibleTotalTermFreq += counts[1];
    }
    return visibleDocFreq == 0
        ? new TermStatistics(term.bytes(), 1, 1)
        : new TermStatistics(
            term.bytes(), visibleDocFreq, Math.max(visibleDocFreq, visibleTotalTermFreq));
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) {
    long visible = 0;
    long docCount = 0;
    long sumTotalTermFreq = 0;
    long sumDocFreq = 0;
    for (VisibleDocuments.Segment segment : segments) {
      VisibleDocuments.FieldTotals totals = segment.fieldTotals(field);
      visible += segment.visibleCount();
      docCount += totals.docCount();
      sumTotalTermFreq += totals.sumTotalTermFreq();
      sumDocFreq += totals.sumDocFreq();
    }
    return docCount == 0
        ? new CollectionStatistics(field, 1, 1, 1, 1)
        : new CollectionStatistics(field, visible, docCount, sumTotalTermFreq, sumDocFreq);
  }
}
